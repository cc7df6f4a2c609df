package org.strikedesk.answers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.strikedesk.commands.StatusContributor;
import org.strikedesk.replies.HouseStyle;
import org.strikedesk.replies.Reply;
import org.strikedesk.store.Database;
import org.strikedesk.store.StoreProblem;

/**
 * What {@code /status} says about the store once a write to it has failed for a fault of its surroundings (a full
 * disk, an I/O error): when, what, and how many writes have worked since (after a full disk, the record of the failed
 * import itself usually fits). Nothing while every write has worked.
 */
public final class StoreStatus implements StatusContributor, Database.WriteListener {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK).withZone(ZoneId.of("Europe/London"));

    private final Clock clock;
    private Failure last;
    private int writtenSince;

    public StoreStatus(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void committed() {
        writtenSince++;
    }

    @Override
    public synchronized void failed(StoreProblem problem) {
        last = new Failure(problem.kind(), clock.instant());
        writtenSince = 0;
    }

    @Override
    public synchronized List<Reply.Field> status() {
        if (last == null) {
            return List.of();
        }
        String when = WHEN.format(last.at()) + " (" + HouseStyle.duration(Duration.between(last.at(), clock.instant()))
                + " ago)";
        String text = "Last failed write: " + when + ": " + last.kind().summary() + "; nothing of it was kept. "
                + switch (writtenSince) {
                    case 0 ->
                        "No write has worked since: imports and posts wait until it is fixed (see the log);"
                                + " answers still work.";
                    case 1 -> "1 write has worked since.";
                    default -> writtenSince + " writes have worked since.";
                };
        return List.of(new Reply.Field("Store", text, false));
    }

    private record Failure(StoreProblem.Kind kind, Instant at) {}
}
