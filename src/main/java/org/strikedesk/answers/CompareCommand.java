package org.strikedesk.answers;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.CommandSpec;
import org.strikedesk.commands.Completion;
import org.strikedesk.commands.Lookups;
import org.strikedesk.commands.OptionSpec;
import org.strikedesk.commands.Options;
import org.strikedesk.commands.SlashCommand;
import org.strikedesk.commands.StrikeSelection;
import org.strikedesk.figures.FigureQueries;
import org.strikedesk.figures.Strike;
import org.strikedesk.figures.StrikeChoice;
import org.strikedesk.figures.StrikeFigures;
import org.strikedesk.replies.ComparisonCard;
import org.strikedesk.replies.HeldNotes;
import org.strikedesk.replies.HouseStyle;
import org.strikedesk.replies.Reply;
import org.strikedesk.trusts.Organisation;

/**
 * {@code /compare trust: other: [strike:]}: two organisations side by side in one strike. Left out, the strike is
 * the latest with figures for both.
 */
public final class CompareCommand implements SlashCommand {
    public static final String NAME = "compare";

    private static final CommandSpec SPEC = CommandSpec.of(
            NAME,
            "Two trusts, or a trust and England, side by side in one strike",
            Options.TRUST_OPTION,
            OptionSpec.required(Options.OTHER, "The trust to compare it with; or England", Completion.TRUST),
            OptionSpec.optional(
                    Options.STRIKE,
                    "A strike id, latest, or words such as april 2023 (default: the latest both have)",
                    Completion.ONE_STRIKE));

    private final Lookups lookups;
    private final StrikeSelection selection;
    private final FigureQueries queries;
    private final ComparisonCard card;

    public CompareCommand(Lookups lookups, StrikeSelection selection, FigureQueries queries, ComparisonCard card) {
        this.lookups = lookups;
        this.selection = selection;
        this.queries = queries;
        this.card = card;
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
                .then(first -> lookups.organisation(request, Options.OTHER)
                        .then(second -> selection
                                .strike(request, Options.STRIKE, first, second)
                                .then(choice -> answer(first, second, choice))));
    }

    private Reply answer(Organisation first, Organisation second, StrikeChoice choice) {
        if (first.code().equals(second.code())) {
            return Reply.error(
                    "Two different trusts, please",
                    "trust: and other: both name " + first.displayName() + " (" + first.code() + ").");
        }
        if (choice instanceof StrikeChoice.All) {
            return Reply.error(
                    "One strike, please",
                    "/compare shows one strike at a time: give a strike id, latest, or words such as \"april 2023\".");
        }
        Optional<Strike> strike = choice instanceof StrikeChoice.One one
                ? Optional.of(one.strike())
                : queries.latestInCommon(first.code(), second.code());
        if (strike.isEmpty()) {
            return noneInCommon(first, second);
        }
        StrikeFigures a = queries.figures(first.code(), strike.get());
        StrikeFigures b = queries.figures(second.code(), strike.get());
        if (a.isEmpty() || b.isEmpty()) {
            return notBoth(first, second, strike.get(), a.isEmpty() ? first : second);
        }
        Reply compared = Buttons.explained(card.reply(
                new ComparisonCard.Side(first, a), new ComparisonCard.Side(second, b), queries.england(strike.get())));
        return HeldNotes.withNote(HeldNotes.withNote(compared, a), b);
    }

    private Reply noneInCommon(Organisation first, Organisation second) {
        return Reply.builder(Reply.Tone.WARNING)
                .title("No strike in common")
                .text("No strike has figures for both " + first.displayName() + " and " + second.displayName() + ".\n"
                        + strikesOf(first) + "\n" + strikesOf(second))
                .build();
    }

    private Reply notBoth(Organisation first, Organisation second, Strike strike, Organisation missing) {
        return Reply.builder(Reply.Tone.WARNING)
                .title("No figures to compare for this strike")
                .text("No figures have been published for " + missing.displayName() + " in the " + strike.name()
                        + " of " + HouseStyle.days(strike.days()) + ".\n" + strikesOf(first) + "\n"
                        + strikesOf(second))
                .build();
    }

    /** "X has figures for: • the nurses' strike, 15 and 20 December 2022 (strike:2022-12-rcn)". */
    private String strikesOf(Organisation org) {
        List<StrikeFigures> history = queries.history(org.code());
        if (history.isEmpty()) {
            return org.displayName() + " has no figures for any strike yet.";
        }
        return org.displayName() + " has figures for:\n"
                + history.stream()
                        .map(f -> "\u2022 " + f.strike().name() + ", "
                                + HouseStyle.days(f.strike().days()) + " (strike:"
                                + f.strike().id() + ")")
                        .collect(Collectors.joining("\n"));
    }
}
