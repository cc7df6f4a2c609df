package org.strikedesk.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.strikedesk.answers.NationalCommand;
import org.strikedesk.answers.TopCommand;
import org.strikedesk.commands.Lookups;
import org.strikedesk.commands.Options;
import org.strikedesk.commands.StrikeSelection;
import org.strikedesk.figures.Strike;
import org.strikedesk.figures.StrikeChoice;
import org.strikedesk.reference.Reference;
import org.strikedesk.replies.Ellipsis;
import org.strikedesk.replies.HouseStyle;
import org.strikedesk.replies.ReadAs;
import org.strikedesk.trusts.Organisation;
import org.strikedesk.trusts.Resolution;
import org.strikedesk.trusts.TrustMatch;

/**
 * Settles the parts of an asked command still in words: a trust written as a name becomes its code, strike words
 * become the strike's id (preferring the strikes with figures for the trusts asked about, as the commands do). A
 * part that fits several is asked back, one part at a time, each choice the whole command; a part that fits nothing
 * is left in words, for the command to say why.
 */
final class Settling {
    /** How many choices are offered as buttons: one row. */
    static final int CHOICES_OFFERED = 5;
    /** How many choices are listed in words. */
    static final int CHOICES_LISTED = 8;

    /** More look-alikes than this, for words that name no trust, are guesses rather than help. */
    static final int MOST_OFFERED = 3;

    private static final Set<String> STRIKE_WORDS = Set.of("latest", "all");

    private final Reference reference;
    private final StrikeSelection selection;

    Settling(Reference reference, StrikeSelection selection) {
        this.reference = reference;
        this.selection = selection;
    }

    Reading settle(AskedCommand command) {
        AskedCommand settled = command;
        List<String> readAs = new ArrayList<>();
        for (String option : List.of(Options.TRUST, Options.OTHER)) {
            Optional<String> value = settled.option(option);
            if (value.isEmpty() || code(value.get()).isPresent()) {
                continue;
            }
            Resolution resolution = reference.trusts().resolve(value.get());
            if (resolution instanceof Resolution.Found found) {
                settled = settled.with(option, found.organisation().code());
                ReadAs.line(value.get(), found.match()).ifPresent(readAs::add);
            } else if (resolution instanceof Resolution.NotFound missing && worthOffering(missing)) {
                return whichTrust(settled, option, missing.suggestions(), intro(value.get(), missing.ambiguous()));
            }
        }
        Reading reading = strike(settled);
        return reading instanceof Reading.Understood understood
                ? new Reading.Understood(understood.command(), readAs)
                : reading;
    }

    /**
     * Whether to ask back with what the words may mean: every trust they fit, when several fit; a few that look alike
     * when none fits. More look-alikes than that are guesses, which the command lists as such.
     */
    private static boolean worthOffering(Resolution.NotFound missing) {
        return missing.ambiguous()
                ? !missing.suggestions().isEmpty()
                : !missing.suggestions().isEmpty() && missing.suggestions().size() <= MOST_OFFERED;
    }

    /** The organisation a value names by its code, as settled values are written. */
    private Optional<Organisation> code(String value) {
        return value.equals(value.toUpperCase(Locale.ROOT))
                ? reference.directory().byCode(value)
                : Optional.empty();
    }

    private Reading strike(AskedCommand command) {
        Optional<String> value = command.option(Options.STRIKE);
        if (value.isEmpty()
                || STRIKE_WORDS.contains(value.get())
                || reference.calendar().byId(value.get()).isPresent()) {
            return new Reading.Understood(command);
        }
        StrikeChoice choice = reference.strikes().resolve(value.get(), selection.withFigures(about(command)));
        if (choice instanceof StrikeChoice.One one) {
            return new Reading.Understood(
                    command.with(Options.STRIKE, one.strike().id()));
        }
        if (choice instanceof StrikeChoice.Latest) {
            return new Reading.Understood(command.with(Options.STRIKE, "latest"));
        }
        if (choice instanceof StrikeChoice.All) {
            return new Reading.Understood(command.with(Options.STRIKE, "all"));
        }
        if (choice instanceof StrikeChoice.NotFound missing) {
            // Words that fit no strike stay as they were written: the command says why nothing fits.
            return missing.ambiguous()
                    ? whichStrike(command, value.get(), missing.suggestions())
                    : new Reading.Understood(command);
        }
        throw new IllegalStateException("a strike choice of an unknown kind: " + choice);
    }

    /** What the figures must cover for a strike to be preferred: the trusts asked about, England, or any trust. */
    private List<Organisation> about(AskedCommand command) {
        if (command.name().equals(NationalCommand.NAME)) {
            return List.of(Organisation.ENGLAND);
        }
        if (command.name().equals(TopCommand.NAME)) {
            return List.of();
        }
        List<Organisation> about = new ArrayList<>();
        for (String option : List.of(Options.TRUST, Options.OTHER)) {
            command.option(option).flatMap(this::code).ifPresent(about::add);
        }
        return about;
    }

    /** "“kings” could mean:", or "No trust is called “addenbrokes”. Did you mean:". */
    static String intro(String typed, boolean ambiguous) {
        String quoted = "\u201c" + Ellipsis.clip(typed, 60) + "\u201d";
        return ambiguous ? quoted + " could mean:" : "No trust is called " + quoted + ". Did you mean:";
    }

    /** The trusts to choose from for one option, each choice the whole command with that trust's code. */
    static Reading whichTrust(AskedCommand command, String option, List<TrustMatch> matches, String intro) {
        List<Reading.Candidate> choices = matches.stream()
                .limit(CHOICES_LISTED)
                .map(match -> new Reading.Candidate(
                        label(
                                match.organisation().displayName(),
                                match.organisation().code()),
                        command.with(option, match.organisation().code())))
                .toList();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            lines.add("\u2022 " + Lookups.describe(matches.get(i)) + ": "
                    + choices.get(i).command().line());
        }
        return unclear("Which trust?", intro, lines, matches.size() - choices.size(), choices);
    }

    private static Reading whichStrike(AskedCommand command, String typed, List<Strike> strikes) {
        String intro = "\u201c" + Ellipsis.clip(typed, 60) + "\u201d fits more than one strike:";
        List<Reading.Candidate> choices = strikes.stream()
                .limit(CHOICES_LISTED)
                .map(strike -> new Reading.Candidate(
                        HouseStyle.capitalised(strike.name()) + ", " + HouseStyle.days(strike.days()),
                        command.with(Options.STRIKE, strike.id())))
                .toList();
        List<String> lines = choices.stream()
                .map(choice ->
                        "\u2022 " + choice.label() + ": " + choice.command().line())
                .toList();
        return unclear("Which strike?", intro, lines, strikes.size() - choices.size(), choices);
    }

    private static Reading unclear(
            String title, String intro, List<String> lines, int leftOut, List<Reading.Candidate> choices) {
        String more = leftOut > 0 ? "\nand " + leftOut + " more: say more of the name, or give the code or id." : "";
        return new Reading.Unclear(
                title,
                intro + "\n" + lines.stream().collect(Collectors.joining("\n")) + more,
                choices.stream().limit(CHOICES_OFFERED).toList());
    }

    /** "East and North Hertfordshire NHS Trust (RWH)", shortened to fit a button. */
    private static String label(String name, String code) {
        String suffix = " (" + code + ")";
        return Ellipsis.shorten(name, Reading.Candidate.LONGEST_LABEL - suffix.length()) + suffix;
    }
}
