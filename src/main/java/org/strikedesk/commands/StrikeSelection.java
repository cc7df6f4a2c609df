package org.strikedesk.commands;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.strikedesk.figures.FigureQueries;
import org.strikedesk.figures.ReleaseCalendar;
import org.strikedesk.figures.Strike;
import org.strikedesk.figures.StrikeChoice;
import org.strikedesk.figures.StrikeFigures;
import org.strikedesk.reference.Reference;
import org.strikedesk.replies.Ellipsis;
import org.strikedesk.replies.HeldNotes;
import org.strikedesk.replies.HouseStyle;
import org.strikedesk.replies.LaterStrikes;
import org.strikedesk.replies.ReleaseNotes;
import org.strikedesk.replies.Reply;
import org.strikedesk.trusts.Organisation;
import org.strikedesk.trusts.TrustDirectory;

/**
 * Reads strike options, preferring the strikes with figures for what is asked about, and picks one organisation's
 * figures for them; explains when there are none.
 */
public final class StrikeSelection {
    /** How many strikes a reply lists before saying how many more there are. */
    static final int STRIKES_LISTED = 10;

    private final FigureQueries queries;
    private final Reference reference;
    private final TrustDirectory directory;
    private final ReleaseCalendar releases;

    public StrikeSelection(FigureQueries queries, Reference reference, ReleaseCalendar releases) {
        this.queries = queries;
        this.reference = reference;
        this.directory = reference.directory();
        this.releases = releases;
    }

    /**
     * The strike a strike option names: one, all, the latest, or a reply explaining why none fits. Where several
     * strikes fit ("april", "ambulance january"), the strikes with figures for every one of {@code about} are
     * preferred; with nothing to be about (a ranking), the strikes with figures for any trust.
     */
    public Lookup<StrikeChoice> strike(CommandRequest request, String option, Organisation... about) {
        StrikeChoice choice =
                reference.strikes().resolve(request.option(option).orElse(""), withFigures(List.of(about)));
        if (choice instanceof StrikeChoice.NotFound missing) {
            return new Lookup.Failed<>(withMenu(strikeNotFound(missing), option, missing.suggestions()));
        }
        return new Lookup.Found<>(choice);
    }

    /**
     * The ids of the strikes with figures for every one of {@code about}; with nothing to be about, the strikes with
     * figures for any trust.
     */
    public Set<String> withFigures(List<Organisation> about) {
        Predicate<Set<String>> covered = about.isEmpty()
                ? codes -> codes.stream()
                        .anyMatch(code -> directory
                                .byCode(code)
                                .map(Organisation::isTrust)
                                .orElse(false))
                : codes -> about.stream().allMatch(org -> codes.contains(org.code()));
        return queries.coverage().entrySet().stream()
                .filter(entry -> covered.test(entry.getValue()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    private Reply strikeNotFound(StrikeChoice.NotFound missing) {
        String quoted = "\"" + Ellipsis.clip(missing.input(), 80) + "\"";
        List<Strike> strikes = missing.suggestions();
        return switch (missing.reason()) {
            case SEVERAL ->
                Reply.question(
                        "Which strike?",
                        quoted + " fits more than one strike:\n" + strikeLines(strikes)
                                + "\nGive the strike's id, e.g. strike:"
                                + strikes.get(0).id());
            case OUTSIDE_CALENDAR ->
                Reply.error(
                        "No strike found",
                        "No strike matches " + quoted + ": the calendar runs from "
                                + HouseStyle.date(
                                        reference.calendar().all().get(0).firstDay()) + " to "
                                + HouseStyle.date(reference
                                        .calendar()
                                        .newestFirst()
                                        .get(0)
                                        .lastDay())
                                + ". /strikes lists every strike.");
            case NO_STRIKE_THEN ->
                Reply.error(
                        "No strike found",
                        "No strike in the calendar falls on " + quoted + ". The nearest:\n" + strikeLines(strikes));
            case NONE ->
                Reply.error(
                        "No strike found",
                        "No strike matches " + quoted + "."
                                + (strikes.isEmpty()
                                        ? " Give a strike id (see /strikes), latest, all, a date such as 12 April 2023,"
                                                + " or words such as \"april 2023\"."
                                        : " Did you mean:\n" + strikeLines(strikes)));
        };
    }

    /**
     * The reply with a menu of these strikes, each of which re-runs the command for it, newest first; the text keeps its
     * list, which the console shows.
     */
    private static Reply withMenu(Reply reply, String option, List<Strike> strikes) {
        if (strikes.isEmpty()) {
            return reply;
        }
        List<Reply.Option> options = strikes.stream()
                .sorted(Comparator.comparing(Strike::firstDay).reversed())
                .map(s -> new Reply.Option(
                        Ellipsis.shorten(s.name() + ", " + HouseStyle.days(s.days()), Reply.Option.MAX_LENGTH),
                        Ellipsis.shorten("strike:" + s.id(), Reply.Option.MAX_LENGTH),
                        s.id()))
                .toList();
        return reply.toBuilder()
                .ephemeral(true)
                .menu(Rerun.menu(option, "Pick a strike", options))
                .build();
    }

    /** "• 2023-04-junior-doctors: junior doctors' strike, 11–14 April 2023", the first few, then how many more. */
    private static String strikeLines(List<Strike> strikes) {
        return strikes.stream()
                        .limit(STRIKES_LISTED)
                        .map(s -> "\u2022 " + s.id() + ": " + s.name() + ", " + HouseStyle.days(s.days()))
                        .collect(Collectors.joining("\n"))
                + Lookups.more(strikes.size() - STRIKES_LISTED);
    }

    /**
     * The reply, with a sentence saying which later strikes have no figures when the latest with figures was
     * asked for (or taken as the default).
     *
     * @param reply the reply for {@code shown}
     * @param org what the figures are for
     * @param choice what was asked for
     * @param shown the strike the reply is about
     * @param what what the later strikes lack: "figures", "staff figures"
     */
    public Reply withLaterStrikes(Reply reply, Organisation org, StrikeChoice choice, Strike shown, String what) {
        if (!(choice instanceof StrikeChoice.Latest)) {
            return reply;
        }
        return LaterStrikes.note(org, what, queries.laterStrikes(shown))
                .map(note -> reply.toBuilder().text(reply.text() + "\n" + note).build())
                .orElse(reply);
    }

    /** The figures for one strike: the one named, or the latest with figures. {@code all} is not one strike. */
    public Lookup<StrikeFigures> one(Organisation org, StrikeChoice choice) {
        if (choice instanceof StrikeChoice.One one) {
            StrikeFigures figures = queries.figures(org.code(), one.strike());
            return figures.isEmpty()
                    ? new Lookup.Failed<>(HeldNotes.withNote(
                            withMenu(
                                    noFiguresIn(org, one.strike()),
                                    Options.STRIKE,
                                    queries.history(org.code()).stream()
                                            .map(StrikeFigures::strike)
                                            .toList()),
                            figures))
                    : new Lookup.Found<>(figures);
        }
        if (choice instanceof StrikeChoice.All) {
            return new Lookup.Failed<>(Reply.error(
                    "One strike, please",
                    "This command shows one strike at a time:"
                            + " give a strike id, latest, or words such as \"april 2023\"."));
        }
        return queries.latestWithFigures(org.code())
                .<Lookup<StrikeFigures>>map(strike -> new Lookup.Found<>(queries.figures(org.code(), strike)))
                .orElseGet(() -> new Lookup.Failed<>(noFigures(org)));
    }

    /** A reply for an organisation with no figures at all. */
    public Reply noFigures(Organisation org) {
        long trusts = queries.organisationsWithFigures().stream()
                .filter(code ->
                        directory.byCode(code).map(Organisation::isTrust).orElse(false))
                .count();
        String held = org.closed() == null ? " yet." : ", which closed on " + HouseStyle.date(org.closed()) + ".";
        return Reply.builder(Reply.Tone.WARNING)
                .title("No figures for " + org.displayName())
                .text("StrikeDesk holds no figures for " + org.displayName() + " (" + org.code() + ")" + held
                        + " It has figures for England and " + HouseStyle.count(trusts)
                        + (trusts == 1 ? " trust" : " trusts")
                        + "; /top lists them, /national gives England's.")
                .build();
    }

    private Reply noFiguresIn(Organisation org, Strike strike) {
        List<StrikeFigures> history = queries.history(org.code());
        String others = history.isEmpty()
                ? "StrikeDesk holds no figures for it in any strike" + (org.closed() == null ? " yet." : ".")
                : "Figures for it exist for:\n"
                        + history.stream()
                                .map(f -> "\u2022 " + f.strike().name() + ", "
                                        + HouseStyle.days(f.strike().days()) + " (strike:"
                                        + f.strike().id() + ")")
                                .collect(Collectors.joining("\n"));
        boolean closedBefore = org.closed() != null && !org.closed().isAfter(strike.firstDay());
        String why = closedBefore ? ": it closed on " + HouseStyle.date(org.closed()) + ", before the strike. " : ". ";
        if (queries.coverage().getOrDefault(strike.id(), Set.of()).isEmpty()) {
            why += ReleaseNotes.sentence(releases.due(strike), releases.expectedWithin()) + " ";
        }
        return Reply.builder(Reply.Tone.WARNING)
                .title("No figures for this strike")
                .text("No figures have been published for " + HouseStyle.subject(org) + " in the " + strike.name()
                        + " of " + HouseStyle.days(strike.days()) + why + others)
                .ephemeral(true)
                .build();
    }
}
