package org.strikedesk.commands;

import java.util.List;
import java.util.stream.Collectors;
import org.strikedesk.figures.FigureQueries;
import org.strikedesk.figures.Strike;
import org.strikedesk.figures.StrikeChoice;
import org.strikedesk.figures.StrikeFigures;
import org.strikedesk.replies.HouseStyle;
import org.strikedesk.replies.Reply;
import org.strikedesk.trusts.Organisation;
import org.strikedesk.trusts.TrustDirectory;

/** Picks one organisation's figures for a strike option, and explains when there are none. */
public final class StrikeSelection {
    private final FigureQueries queries;
    private final TrustDirectory directory;

    public StrikeSelection(FigureQueries queries, TrustDirectory directory) {
        this.queries = queries;
        this.directory = directory;
    }

    /** The figures for one strike: the one named, or the latest with figures. {@code all} is not one strike. */
    public Lookup<StrikeFigures> one(Organisation org, StrikeChoice choice) {
        if (choice instanceof StrikeChoice.One one) {
            StrikeFigures figures = queries.figures(org.code(), one.strike());
            return figures.isEmpty()
                    ? new Lookup.Failed<>(noFiguresIn(org, one.strike()))
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
                        + " It has figures for England and " + trusts + " trusts; /top lists them, /national gives"
                        + " England's.")
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
        return Reply.builder(Reply.Tone.WARNING)
                .title("No figures for this strike")
                .text("No figures have been published for " + org.displayName() + " in the " + strike.name() + " of "
                        + HouseStyle.days(strike.days()) + why + others)
                .build();
    }
}
