package org.strikedesk.ingest.poll;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.strikedesk.commands.StatusContributor;
import org.strikedesk.replies.Ellipsis;
import org.strikedesk.replies.HouseStyle;
import org.strikedesk.replies.Reply;

/** The polled URLs in {@code /status}: when each last worked, whether it is failing and why, and when it is next. */
public final class PollStatus implements StatusContributor {
    static final int SHOWN = 10;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK).withZone(ZoneId.of("Europe/London"));

    private final Supplier<List<PollState>> states;
    private final Clock clock;

    public PollStatus(Supplier<List<PollState>> states, Clock clock) {
        this.states = states;
        this.clock = clock;
    }

    @Override
    public List<Reply.Field> status() {
        List<PollState> all = states.get();
        List<Reply.Field> fields = new ArrayList<>();
        for (PollState state : all.subList(0, Math.min(SHOWN, all.size()))) {
            fields.add(new Reply.Field("Polling " + Ellipsis.clip(state.url(), 240), describe(state), false));
        }
        if (all.size() > SHOWN) {
            fields.add(new Reply.Field("Polling", "and " + (all.size() - SHOWN) + " more URLs", false));
        }
        return fields;
    }

    private String describe(PollState state) {
        Instant now = clock.instant();
        StringBuilder text = new StringBuilder();
        if (state.failing()) {
            text.append("Failing since ")
                    .append(WHEN.format(state.failingSince()))
                    .append(" (")
                    .append(state.failures())
                    .append(state.failures() == 1 ? " attempt): " : " attempts in a row): ")
                    .append(Ellipsis.clip(state.failureReason(), 400))
                    .append(". ");
        }
        if (state.lastSuccess() != null) {
            text.append("Last success ")
                    .append(ago(state.lastSuccess(), now))
                    .append(": ")
                    .append(Ellipsis.clip(state.lastResult(), 400))
                    .append(". ");
        } else if (!state.failing()) {
            text.append("Not checked yet. ");
        }
        return text.append(next(state.nextAttempt(), now)).toString();
    }

    private static String ago(Instant then, Instant now) {
        return HouseStyle.duration(Duration.between(then, now)) + " ago (" + WHEN.format(then) + ")";
    }

    private static String next(Instant next, Instant now) {
        if (next == null || !next.isAfter(now)) {
            return "Next attempt: now.";
        }
        return "Next attempt in " + HouseStyle.duration(Duration.between(now, next)) + ".";
    }
}
