package org.strikedesk.answers;

import java.util.List;
import java.util.Optional;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.CommandSpec;
import org.strikedesk.commands.Lookups;
import org.strikedesk.commands.Options;
import org.strikedesk.commands.SlashCommand;
import org.strikedesk.commands.StrikeSelection;
import org.strikedesk.figures.FigureQueries;
import org.strikedesk.figures.StrikeChoice;
import org.strikedesk.figures.StrikeFigures;
import org.strikedesk.replies.FigureCards;
import org.strikedesk.replies.HeldNotes;
import org.strikedesk.replies.Reply;
import org.strikedesk.trusts.Organisation;

/** {@code /cancellations trust: [strike:]}: one trust (or England) in one strike, or in every strike. */
public final class CancellationsCommand implements SlashCommand {
    public static final String NAME = "cancellations";

    private static final CommandSpec SPEC = CommandSpec.of(
            NAME,
            "Appointments and procedures rescheduled at a trust during a strike",
            Options.TRUST_OPTION,
            Options.STRIKE_OPTION);

    private final Lookups lookups;
    private final StrikeSelection selection;
    private final FigureQueries queries;
    private final FigureCards cards;

    public CancellationsCommand(Lookups lookups, StrikeSelection selection, FigureQueries queries, FigureCards cards) {
        this.lookups = lookups;
        this.selection = selection;
        this.queries = queries;
        this.cards = cards;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public boolean sameUntilFiguresChange() {
        return true;
    }

    @Override
    public Reply handle(CommandRequest request) {
        return lookups.organisation(request, Options.TRUST)
                .then(org -> selection.strike(request, Options.STRIKE, org).then(choice -> answer(org, choice)));
    }

    private Reply answer(Organisation org, StrikeChoice choice) {
        if (choice instanceof StrikeChoice.All) {
            List<StrikeFigures> history = queries.history(org.code());
            return history.isEmpty() ? selection.noFigures(org) : Buttons.explained(cards.history(org, history));
        }
        return selection
                .one(org, choice)
                .then(figures -> selection.withLaterStrikes(
                        HeldNotes.withNote(
                                Buttons.onFigures(cards.strike(org, figures, england(org, figures)), org, figures),
                                figures),
                        org,
                        choice,
                        figures.strike(),
                        "figures"));
    }

    private Optional<StrikeFigures> england(Organisation org, StrikeFigures figures) {
        return org.isEngland() ? Optional.empty() : Optional.of(queries.england(figures.strike()));
    }
}
