package org.strikedesk.answers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.CommandSpec;
import org.strikedesk.commands.Options;
import org.strikedesk.commands.Pages;
import org.strikedesk.commands.SlashCommand;
import org.strikedesk.commands.StrikeSelection;
import org.strikedesk.figures.FigureQueries;
import org.strikedesk.figures.StrikeChoice;
import org.strikedesk.figures.StrikeFigures;
import org.strikedesk.replies.FigureCards;
import org.strikedesk.replies.HeldNotes;
import org.strikedesk.replies.Reply;
import org.strikedesk.trusts.Organisation;

/** {@code /national [strike:]}: England's totals for a strike, or every strike with a running total. */
public final class NationalCommand implements SlashCommand {
    public static final String NAME = "national";

    private static final CommandSpec SPEC = CommandSpec.of(
            NAME,
            "England's totals for a strike, or all strikes with a running total",
            Options.STRIKE_OPTION,
            Pages.OPTION);

    private final StrikeSelection selection;
    private final FigureQueries queries;
    private final FigureCards cards;

    public NationalCommand(StrikeSelection selection, FigureQueries queries, FigureCards cards) {
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
        return selection.strike(request, Options.STRIKE, Organisation.ENGLAND).then(choice -> answer(choice, request));
    }

    private Reply answer(StrikeChoice choice, CommandRequest request) {
        if (choice instanceof StrikeChoice.All) {
            Map<String, StrikeFigures> england = new LinkedHashMap<>();
            for (StrikeFigures figures : queries.history(Organisation.ENGLAND_CODE)) {
                england.put(figures.strike().id(), figures);
            }
            return Buttons.explained(cards.runningTotal(queries.calendar().all(), england, Pages.pager(request)));
        }
        return selection
                .one(Organisation.ENGLAND, choice)
                .then(figures -> selection.withLaterStrikes(
                        HeldNotes.withNote(
                                Buttons.onFigures(
                                        cards.strike(Organisation.ENGLAND, figures, Optional.empty()),
                                        Organisation.ENGLAND,
                                        figures),
                                figures),
                        Organisation.ENGLAND,
                        choice,
                        figures.strike(),
                        "figures"));
    }
}
