package org.strikedesk.answers;

import java.util.List;
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
import org.strikedesk.replies.ChartMetric;
import org.strikedesk.replies.HeldNotes;
import org.strikedesk.replies.HouseStyle;
import org.strikedesk.replies.Reply;
import org.strikedesk.replies.StaffCards;
import org.strikedesk.trusts.Organisation;

/**
 * {@code /staff trust: [strike:]}: staff absent in a strike, day by day where published, else the peak and lowest
 * days. Left out, the strike is the latest with staff figures for the organisation.
 */
public final class StaffCommand implements SlashCommand {
    public static final String NAME = "staff";

    private static final CommandSpec SPEC = CommandSpec.of(
            NAME,
            "Staff absent at a trust or in England during a strike, day by day where published",
            Options.TRUST_OPTION,
            Options.STRIKE_OPTION);

    private final Lookups lookups;
    private final StrikeSelection selection;
    private final FigureQueries queries;

    public StaffCommand(Lookups lookups, StrikeSelection selection, FigureQueries queries) {
        this.lookups = lookups;
        this.selection = selection;
        this.queries = queries;
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
        List<StrikeFigures> history = queries.history(org.code());
        List<StrikeFigures> withStaff =
                history.stream().filter(figures -> figures.staff().isPresent()).toList();
        if (choice instanceof StrikeChoice.One one) {
            return selection
                    .one(org, choice)
                    .then(figures -> HeldNotes.withNote(
                            figures.staff().isPresent()
                                    ? withChartButton(StaffCards.strike(org, figures), org)
                                    : noStaffIn(org, one.strike(), withStaff),
                            figures));
        }
        if (withStaff.isEmpty()) {
            return history.isEmpty() ? selection.noFigures(org) : noStaff(org);
        }
        if (choice instanceof StrikeChoice.All) {
            return Buttons.explained(StaffCards.history(org, withStaff));
        }
        Strike latest = withStaff.get(withStaff.size() - 1).strike();
        return selection.withLaterStrikes(
                withChartButton(StaffCards.strike(org, withStaff.get(withStaff.size() - 1)), org),
                org,
                choice,
                latest,
                "staff figures");
    }

    private static Reply withChartButton(Reply reply, Organisation org) {
        return Buttons.explained(Buttons.add(reply, ActionId.chart(org.code(), ChartMetric.STAFF)));
    }

    private static Reply noStaff(Organisation org) {
        return Reply.builder(Reply.Tone.WARNING)
                .title("No staff figures for " + org.displayName())
                .text("No count of staff absent has been published for " + org.displayName()
                        + " in any strike. /cancellations gives its appointments and procedures rescheduled.")
                .build();
    }

    private static Reply noStaffIn(Organisation org, Strike strike, List<StrikeFigures> withStaff) {
        String others = withStaff.isEmpty()
                ? "None has been published for it in any strike."
                : "Staff figures exist for:\n"
                        + withStaff.stream()
                                .map(f -> "\u2022 " + f.strike().name() + ", "
                                        + HouseStyle.days(f.strike().days()) + " (strike:"
                                        + f.strike().id() + ")")
                                .collect(Collectors.joining("\n"));
        return Reply.builder(Reply.Tone.WARNING)
                .title("No staff figures for this strike")
                .text("No count of staff absent has been published for " + org.displayName() + " in the "
                        + strike.name() + " of " + HouseStyle.days(strike.days()) + ". " + others)
                .build();
    }
}
