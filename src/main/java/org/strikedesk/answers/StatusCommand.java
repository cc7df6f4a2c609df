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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.strikedesk.ingest.ImportReport;
import org.strikedesk.replies.HouseStyle;
import org.strikedesk.replies.Inline;
import org.strikedesk.replies.ReleaseNotes;
import org.strikedesk.replies.Reply;

/** {@code /status}: how fresh the data is, where it came from, and how the bot is doing. */
public final class StatusCommand implements SlashCommand {
    public static final String NAME = "status";
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK).withZone(ZoneId.of("Europe/London"));

    private static final CommandSpec SPEC = CommandSpec.of(
                    NAME, "How fresh the data is, where it came from, and the bot's health (shown to you alone)")
            .privately();

    private final ImportHistory history;
    private final FiguresStore figures;
    private final FigureQueries queries;
    private final ReleaseCalendar releases;
    private final Clock clock;
    private final Instant started;
    private static final Pattern NAMED = Pattern.compile("(.+) \\((\\d{17,20})\\)");
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
                .map(r -> "Figures last changed "
                        + Inline.time(
                                r.arrival().at(),
                                Inline.TimeStyle.RELATIVE,
                                HouseStyle.duration(Duration.between(r.arrival().at(), now)) + " ago"))
                .orElse("No figures have changed since the shipped data was loaded");
        String published = figures.latestPublished()
                .map(day -> "; the newest were published on " + HouseStyle.date(day))
                .orElse("");
        return changed + published + ".";
    }

    private String describe(ImportRecord record) {
        ImportReport.Arrival arrival = record.arrival();
        Duration age = Duration.between(arrival.at(), clock.instant());
        return arrival.file() + " via " + arrival.route().label() + ", "
                + Inline.time(arrival.at(), Inline.TimeStyle.DATE_TIME, WHEN.format(arrival.at())) + " ("
                + Inline.time(arrival.at(), Inline.TimeStyle.RELATIVE, HouseStyle.duration(age) + " ago") + "),"
                + " by " + person(arrival.by()) + ": " + record.counts().added() + " added, "
                + record.counts().revised() + " revised";
    }

    /** "Alice (80351110224678912)", as an upload records who made it, becomes a mention; a name alone stays one. */
    static String person(String by) {
        Matcher named = NAMED.matcher(by);
        return named.matches() ? Inline.user(named.group(2), named.group(1)) : by;
    }
}
