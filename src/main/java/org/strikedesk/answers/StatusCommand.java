package org.strikedesk.answers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.CommandSpec;
import org.strikedesk.commands.SlashCommand;
import org.strikedesk.commands.StatusContributor;
import org.strikedesk.figures.FigureQueries;
import org.strikedesk.figures.FiguresStore;
import org.strikedesk.figures.ReleaseCalendar;
import org.strikedesk.ingest.ImportHistory;
import org.strikedesk.ingest.ImportRecord;
import org.strikedesk.replies.HouseStyle;
import org.strikedesk.replies.ReleaseNotes;
import org.strikedesk.replies.Reply;

/** {@code /status}: how fresh the data is, where it came from, and how the bot is doing. */
public final class StatusCommand implements SlashCommand {
    public static final String NAME = "status";
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK).withZone(ZoneId.of("Europe/London"));

    private static final CommandSpec SPEC =
            CommandSpec.of(NAME, "How fresh the data is, where it came from, and the bot's health");

    private final ImportHistory history;
    private final FiguresStore figures;
    private final FigureQueries queries;
    private final ReleaseCalendar releases;
    private final Clock clock;
    private final Instant started;
    private final String version;
    private final List<StatusContributor> contributors = new CopyOnWriteArrayList<>();

    /** How far back a strike with no figures is still worth a line in {@code /status}. */
    static final int DUE_LOOKS_BACK_DAYS = 60;

    public StatusCommand(
            ImportHistory history,
            FiguresStore figures,
            FigureQueries queries,
            ReleaseCalendar releases,
            Clock clock,
            String version) {
        this.history = history;
        this.figures = figures;
        this.queries = queries;
        this.releases = releases;
        this.clock = clock;
        this.started = clock.instant();
        this.version = version;
    }

    /** Adds a part of the bot whose state {@code /status} shows. */
    public void addContributor(StatusContributor contributor) {
        contributors.add(contributor);
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandRequest request) {
        Reply.Builder reply = Reply.builder(Reply.Tone.ANSWER).title("StrikeDesk status");
        reply.text(HouseStyle.number(figures.count()) + " figures held.");
        reply.field("Data freshness", freshness(), false);
        reply.field("Latest release imported", latestRelease(), false);
        String due = due();
        if (!due.isEmpty()) {
            reply.field("Figures due", due, false);
        }
        for (StatusContributor contributor : contributors) {
            contributor.status().forEach(f -> reply.field(f.name(), f.value(), f.inline()));
        }
        reply.field("Version", version, true);
        reply.field("Up for", HouseStyle.duration(Duration.between(started, clock.instant())), true);
        return reply.build();
    }

    /** Recent and coming strikes with no figures yet: when they are expected, or since when overdue. */
    private String due() {
        Map<String, Set<String>> coverage = queries.coverage();
        LocalDate since = releases.today().minusDays(DUE_LOOKS_BACK_DAYS);
        return queries.calendar().all().stream()
                .filter(strike -> coverage.getOrDefault(strike.id(), Set.of()).isEmpty())
                .filter(strike -> strike.lastDay().isAfter(since))
                .map(strike -> HouseStyle.capitalised(strike.name()) + " of " + HouseStyle.days(strike.days()) + ": "
                        + ReleaseNotes.phrase(releases.due(strike)))
                .collect(Collectors.joining("\n"));
    }

    private String latestRelease() {
        return history.latestChange()
                .map(this::describe)
                .orElse("None since the shipped data. "
                        + history.latest(1).stream()
                                .findFirst()
                                .map(r -> "Last import: " + describe(r))
                                .orElse(""));
    }

    /** How long since the figures last changed, and how recent the newest publication is. */
    private String freshness() {
        Instant now = clock.instant();
        String changed = history.latestChange()
                .map(r -> "Figures last changed " + HouseStyle.duration(Duration.between(r.at(), now)) + " ago")
                .orElse("No figures have changed since the shipped data was loaded");
        String published = figures.latestPublished()
                .map(day -> "; the newest were published on " + HouseStyle.date(day))
                .orElse("");
        return changed + published + ".";
    }

    private String describe(ImportRecord record) {
        Duration age = Duration.between(record.at(), clock.instant());
        return record.file() + " via " + record.route() + ", " + WHEN.format(record.at()) + " ("
                + HouseStyle.duration(age) + " ago)," + " by " + record.by() + ": " + record.added() + " added, "
                + record.revised() + " revised";
    }
}
