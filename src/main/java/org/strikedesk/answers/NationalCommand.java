package org.strikedesk.answers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.CommandSpec;
import org.strikedesk.commands.Lookups;
import org.strikedesk.commands.Options;
import org.strikedesk.commands.SlashCommand;
import org.strikedesk.commands.StrikeSelection;
import org.strikedesk.figures.FigureQueries;
import org.strikedesk.figures.Strike;
import org.strikedesk.figures.StrikeChoice;
import org.strikedesk.figures.StrikeFigures;
import org.strikedesk.replies.FigureCards;
import org.strikedesk.replies.HouseStyle;
import org.strikedesk.replies.Reply;
import org.strikedesk.trusts.Organisation;

/** {@code /national [strike:]}: England's totals for a strike, or every strike with a running total. */
public final class NationalCommand implements SlashCommand {
    public static final String NAME = "national";

    private static final CommandSpec SPEC = CommandSpec.of(
            NAME, "England's totals for a strike, or all strikes with a running total", Options.STRIKE_OPTION);

    private final Lookups lookups;
    private final StrikeSelection selection;
    private final FigureQueries queries;
    private final FigureCards cards;

    public NationalCommand(Lookups lookups, StrikeSelection selection, FigureQueries queries, FigureCards cards) {
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
    public Reply handle(CommandRequest request) {
        return lookups.strike(request, Options.STRIKE).then(this::answer);
    }

    private Reply answer(StrikeChoice choice) {
        if (choice instanceof StrikeChoice.All) {
            Map<String, StrikeFigures> england = new LinkedHashMap<>();
            for (StrikeFigures figures : queries.history(Organisation.ENGLAND_CODE)) {
                england.put(figures.strike().id(), figures);
            }
            return cards.runningTotal(queries.calendar().all(), england);
        }
        return selection
                .one(Organisation.ENGLAND, choice)
                .then(figures -> withLaterStrikes(
                        Buttons.onFigures(
                                cards.strike(Organisation.ENGLAND, figures, Optional.empty()),
                                Organisation.ENGLAND,
                                figures),
                        choice,
                        figures.strike()));
    }

    /** Says so when the latest strike with figures is not the latest strike. */
    private Reply withLaterStrikes(Reply reply, StrikeChoice choice, Strike shown) {
        if (!(choice instanceof StrikeChoice.Latest)) {
            return reply;
        }
        var later = queries.laterStrikes(shown);
        if (later.isEmpty()) {
            return reply;
        }
        String names = later.stream()
                .map(s -> s.name() + " of " + HouseStyle.days(s.days()))
                .collect(Collectors.joining("; "));
        return reply.toBuilder()
                .text(reply.text() + "\nNo England figures have been published for the later " + names + ".")
                .build();
    }
}
