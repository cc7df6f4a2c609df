package org.strikedesk.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.strikedesk.answers.CancellationsCommand;
import org.strikedesk.answers.ChartCommand;
import org.strikedesk.answers.CompareCommand;
import org.strikedesk.answers.HelpCommand;
import org.strikedesk.answers.NationalCommand;
import org.strikedesk.answers.QuoteCommand;
import org.strikedesk.answers.StaffCommand;
import org.strikedesk.answers.StrikesCommand;
import org.strikedesk.answers.TopCommand;
import org.strikedesk.commands.Options;
import org.strikedesk.commands.StrikeSelection;
import org.strikedesk.reference.Reference;
import org.strikedesk.replies.ChartMetric;
import org.strikedesk.trusts.Organisation;
import org.strikedesk.trusts.Resolution;
import org.strikedesk.trusts.TrustMatch;

/**
 * Reads a question in plain English into the command that answers it, with the resolvers the commands use: trust
 * names, strike words, regions. What is asked comes from cue words (rescheduled, staff absent, compare, worst,
 * quote, chart, England, when); with none, a trust or a strike is asked about for its figures. It never picks
 * between two trusts or two strikes that fit equally well: it asks, offering each as the command that answers the
 * question with it. Words it does not know that look like a name misspelt are offered as the names they look like,
 * never taken for them.
 */
public final class QuestionReader {
    private static final Set<Cue> FIGURES =
            Set.of(Cue.CANCELLATIONS, Cue.STAFF, Cue.QUOTE, Cue.CHART, Cue.TOP, Cue.COMPARE);
    /** What may stand between two days of one strike, kept as written: "11 to 14 April", "30 April - 1 May". */
    private static final Pattern JOINS_DATES =
            Pattern.compile("[\\s\\-\u2013\u2014,/.]*(?:to|until|and|&|of)?[\\s\\-\u2013\u2014,/.]*");

    private static final Pattern NOT_IN_STRIKE_WORDS = Pattern.compile("[^\\p{L}\\p{N} /.\\-\u2013]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Reference reference;
    private final Settling settling;

    public QuestionReader(Reference reference, StrikeSelection selection) {
        this.reference = reference;
        this.settling = new Settling(reference, selection);
    }

    /** How the question reads. */
    public Reading read(String question) {
        Tokenizer.Words words = Tokenizer.read(question == null ? "" : question);
        Parts parts = PartsReader.read(words, reference.trusts());
        List<Span> names = joinedWhereAdjacent(words, parts.names());
        if (names.size() > 2) {
            return tooMany(names);
        }
        Optional<String> command = command(parts, names);
        if (command.isEmpty()) {
            return new Reading.NotUnderstood();
        }
        Optional<String> strike = strike(words, parts);
        return switch (command.get()) {
            case HelpCommand.NAME -> new Reading.Understood(AskedCommand.of(HelpCommand.NAME));
            case StrikesCommand.NAME -> new Reading.Understood(strikes(parts));
            case TopCommand.NAME -> settling.settle(top(parts, names, strike));
            case CompareCommand.NAME -> compare(parts, names, strike);
            default -> oneTrust(command.get(), parts, names, strike, words);
        };
    }

    /** A command that was written down by {@link AskedCommand#line()}, with what is still in words settled. */
    public Reading settle(AskedCommand command) {
        return settling.settle(command);
    }

    /** Which command answers: the first that fits of chart, quote, compare, top, staff, figures, help, calendar. */
    private static Optional<String> command(Parts parts, List<Span> names) {
        boolean figures = parts.cues().stream().anyMatch(FIGURES::contains);
        if (parts.asks(Cue.STRIKES) && !figures && names.isEmpty()) {
            return Optional.of(StrikesCommand.NAME);
        }
        if (parts.asks(Cue.CHART)) {
            return Optional.of(ChartCommand.NAME);
        }
        if (parts.asks(Cue.QUOTE)) {
            return Optional.of(QuoteCommand.NAME);
        }
        if (parts.asks(Cue.COMPARE) || names.size() == 2) {
            return Optional.of(CompareCommand.NAME);
        }
        if (parts.asks(Cue.TOP) && names.stream().noneMatch(QuestionReader::isTrust)) {
            return Optional.of(TopCommand.NAME);
        }
        if (parts.asks(Cue.STAFF) && !parts.asks(Cue.CANCELLATIONS)) {
            return Optional.of(StaffCommand.NAME);
        }
        boolean somethingAsked = parts.asks(Cue.CANCELLATIONS)
                || parts.asks(Cue.NATIONAL)
                || parts.asks(Cue.TOP)
                || !names.isEmpty()
                || parts.namesStrike()
                || parts.everyStrike();
        if (somethingAsked) {
            return Optional.of(CancellationsCommand.NAME);
        }
        if (parts.asks(Cue.HELP)) {
            return Optional.of(HelpCommand.NAME);
        }
        return parts.asks(Cue.STRIKES) ? Optional.of(StrikesCommand.NAME) : Optional.empty();
    }

    private static boolean isTrust(Span name) {
        return name.resolution() instanceof Resolution.Found found
                ? found.organisation().isTrust()
                : !(name.resolution() instanceof Resolution.OutOfScope);
    }

    /**
     * Figures, staff, a quote or a chart for one trust, region or England. Asked about two, a command that answers
     * for one asks which is meant.
     */
    private Reading oneTrust(
            String name, Parts parts, List<Span> names, Optional<String> strike, Tokenizer.Words words) {
        Slot trust = names.isEmpty() ? withoutName(parts) : Slot.of(names.get(0));
        if (names.size() == 2) {
            trust = new Slot(
                    names.get(0).text(),
                    matches(names),
                    "This answers for one trust at a time; the question names two. Which one?");
        }
        boolean england = trust.value().equals(Organisation.ENGLAND_CODE);
        AskedCommand command = name.equals(CancellationsCommand.NAME) && england
                ? AskedCommand.of(NationalCommand.NAME)
                : AskedCommand.of(name).with(Options.TRUST, trust.value());
        if (strike.isPresent() && !name.equals(ChartCommand.NAME)) {
            command = command.with(Options.STRIKE, strike.get());
        }
        if (name.equals(ChartCommand.NAME)) {
            Optional<ChartMetric> metric = metric(parts, words);
            if (metric.isPresent()) {
                command = command.with(Options.METRIC, metric.get().id());
            }
        }
        AskedCommand asked = command;
        return trust.ask(asked, Options.TRUST).orElseGet(() -> settling.settle(asked));
    }

    /**
     * With no name, a question is about England, unless it holds words not understood: then they may be a name
     * misspelt, and the names they look like are offered (or, if none, the command says no trust has that name).
     */
    private Slot withoutName(Parts parts) {
        Optional<String> unknown = parts.longestUnknown();
        if (unknown.isEmpty() || parts.asks(Cue.NATIONAL)) {
            return Slot.of(Organisation.ENGLAND_CODE);
        }
        Resolution resolution = reference.trusts().resolve(unknown.get());
        String intro = Settling.intro(unknown.get(), false);
        if (resolution instanceof Resolution.Found found) {
            return new Slot(unknown.get(), List.of(found.match()), intro);
        }
        if (resolution instanceof Resolution.NotFound missing
                && missing.suggestions().size() <= Settling.MOST_OFFERED) {
            return new Slot(unknown.get(), missing.suggestions(), intro);
        }
        return Slot.of(unknown.get());
    }

    /** The organisations two names stand for, as matches to offer; a name not resolved offers what it may mean. */
    private static List<TrustMatch> matches(List<Span> names) {
        List<TrustMatch> matches = new ArrayList<>();
        for (Span name : names) {
            if (name.resolution() instanceof Resolution.Found found) {
                matches.add(found.match());
            } else if (name.resolution() instanceof Resolution.NotFound missing) {
                matches.addAll(missing.suggestions());
            }
        }
        return matches;
    }

    private Reading compare(Parts parts, List<Span> names, Optional<String> strike) {
        AskedCommand command = AskedCommand.of(CompareCommand.NAME);
        List<Slot> slots = new ArrayList<>();
        names.forEach(name -> slots.add(Slot.of(name)));
        if (slots.size() == 1 && (parts.asks(Cue.NATIONAL) || !parts.unknown().isEmpty())) {
            // "Lister against England"; or "Lister and Adenbrokes", the second misspelt.
            slots.add(withoutName(parts));
        }
        List<String> options = List.of(Options.TRUST, Options.OTHER);
        for (int i = 0; i < slots.size(); i++) {
            command = command.with(options.get(i), slots.get(i).value());
        }
        if (strike.isPresent()) {
            command = command.with(Options.STRIKE, strike.get());
        }
        for (int i = 0; i < slots.size(); i++) {
            Optional<Reading> ask = slots.get(i).ask(command, options.get(i));
            if (ask.isPresent()) {
                return ask.get();
            }
        }
        return settling.settle(command);
    }

    private AskedCommand top(Parts parts, List<Span> names, Optional<String> strike) {
        AskedCommand command = AskedCommand.of(TopCommand.NAME);
        if (strike.isPresent()) {
            command = command.with(Options.STRIKE, strike.get());
        }
        for (Span name : names) {
            if (name.resolution() instanceof Resolution.Found found
                    && found.organisation().kind() == Organisation.Kind.REGION) {
                command = command.with(Options.REGION, found.organisation().code());
            }
        }
        if (parts.limit().isPresent()) {
            command = command.with(Options.LIMIT, Integer.toString(parts.limit().getAsInt()));
        }
        return command;
    }

    /** The calendar, for the staff group or union named, if one is. */
    private static AskedCommand strikes(Parts parts) {
        String group = parts.strike().stream()
                .filter(token -> token.kind() == Token.Kind.WORD && Vocabulary.isGroup(token.key()))
                .map(Token::key)
                .collect(Collectors.joining(" "));
        AskedCommand command = AskedCommand.of(StrikesCommand.NAME);
        return group.isEmpty() ? command : command.with(Options.GROUP, group);
    }

    /** The measure a chart is asked for: staff absent, inpatient or outpatient; else the command's own default. */
    private static Optional<ChartMetric> metric(Parts parts, Tokenizer.Words words) {
        if (parts.asks(Cue.STAFF)) {
            return Optional.of(ChartMetric.STAFF);
        }
        for (Token token : words.tokens()) {
            if (token.key().startsWith("outpatient")) {
                return Optional.of(ChartMetric.OUTPATIENT);
            }
            if (token.key().startsWith("inpatient")) {
                return Optional.of(ChartMetric.INPATIENT);
            }
        }
        return Optional.empty();
    }

    /**
     * The words that say which strike, as written where they stand together ("11-14 April 2023", "30 April - 1
     * May"); "all" for every strike; empty when the question does not say.
     */
    private static Optional<String> strike(Tokenizer.Words words, Parts parts) {
        if (parts.everyStrike()) {
            return Optional.of("all");
        }
        if (!parts.namesStrike()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        Token previous = null;
        for (Token token : parts.strike()) {
            if (previous == null) {
                text.append(written(words, token));
            } else {
                String between = words.text().substring(previous.end(), Math.max(previous.end(), token.start()));
                boolean together = token.start() >= previous.end()
                        && JOINS_DATES.matcher(between).matches();
                text.append(together ? between : " ").append(written(words, token));
            }
            previous = token;
        }
        String clean = SPACES.matcher(NOT_IN_STRIKE_WORDS.matcher(text).replaceAll(" "))
                .replaceAll(" ")
                .strip();
        return clean.isEmpty() ? Optional.empty() : Optional.of(clean);
    }

    private static String written(Tokenizer.Words words, Token token) {
        return token.kind() == Token.Kind.WORD ? token.key() : words.between(token, token);
    }

    /** Two names with nothing between them are one name the directory did not know whole: kept together. */
    private static List<Span> joinedWhereAdjacent(Tokenizer.Words words, List<Span> names) {
        List<Span> joined = new ArrayList<>();
        for (Span name : names) {
            Span last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            boolean adjacent = last != null
                    && last.to() == name.from()
                    && words.text()
                            .substring(
                                    last.tokens().get(last.tokens().size() - 1).end(),
                                    name.tokens().get(0).start())
                            .isBlank();
            if (adjacent) {
                List<Token> tokens = new ArrayList<>(last.tokens());
                tokens.addAll(name.tokens());
                joined.set(
                        joined.size() - 1,
                        new Span(last.from(), tokens, new Resolution.NotFound(Span.text(tokens), List.of(), false)));
            } else {
                joined.add(name);
            }
        }
        return joined;
    }

    private static Reading tooMany(List<Span> names) {
        String listed = names.stream()
                .map(name -> name.resolution() instanceof Resolution.Found found
                        ? found.organisation().displayName()
                        : "\u201c" + name.text() + "\u201d")
                .collect(Collectors.joining(", "));
        return new Reading.Unanswerable(
                "Two at a time",
                "This question names " + names.size() + " trusts (" + listed + "); StrikeDesk answers for one trust,"
                        + " or compares two. Ask about one, or two, at a time.");
    }

    /**
     * What a trust option will hold: a code, or words for the command to explain; with the names to offer instead,
     * to be asked about rather than taken (the words may be a name misspelt, or the question named two).
     *
     * @param value the code, or the words
     * @param offered names to offer instead of the value; empty when the value stands
     * @param intro what the question asked back says before the names
     */
    private record Slot(String value, List<TrustMatch> offered, String intro) {
        static Slot of(String value) {
            return new Slot(value, List.of(), "");
        }

        /**
         * A name's slot: the code of a trust named outright, or of England; else the words, which settling reads as
         * the same trust and says how.
         */
        static Slot of(Span name) {
            if (name.resolution() instanceof Resolution.Found found
                    && (found.match().outright() || found.organisation().isEngland())) {
                return of(found.organisation().code());
            }
            return of(name.text());
        }

        /** The question asked back about this slot, if it offers names instead of its value. */
        Optional<Reading> ask(AskedCommand command, String option) {
            if (offered.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(Settling.whichTrust(command, option, offered, intro));
        }
    }
}
