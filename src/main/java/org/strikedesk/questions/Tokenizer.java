package org.strikedesk.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.strikedesk.trusts.NameKey;

/**
 * Splits a question into words, numbers and dates. Dates keep their form ("2023-04-12", "12/04/2023", "11-14") so
 * that the strike calendar can read them; words are keyed as names are ("King's" is "kings"), and "A&amp;E" is one
 * word, not "a and e".
 */
final class Tokenizer {
    /** Questions longer than this are read only this far: no question needs more, and reading costs time. */
    static final int LONGEST_QUESTION = 400;

    static final int MOST_TOKENS = 60;

    private static final Pattern ACCIDENT_AND_EMERGENCY = Pattern.compile("\\ba\\s*(?:&|and)\\s*e\\b");
    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    private static final Pattern TOKEN = Pattern.compile("(?<id>\\d{4}-\\d{2}(?:-\\d{2})?(?:-[a-z][a-z0-9]*)+)"
            + "|(?<date>\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})"
            + "|(?<range>\\d{1,2}" + ORDINAL + "\\s*(?:-|\u2013|\u2014|to|until)\\s*\\d{1,2}" + ORDINAL
            + ")(?![\\p{L}\\d])"
            + "|(?<number>\\d+" + ORDINAL + ")(?![\\p{L}\\d])"
            + "|(?<word>[\\p{L}\\p{N}]+(?:['\u2018\u2019`][\\p{L}]*)*)"
            + "|(?<and>&|\\+)");

    private Tokenizer() {}

    /**
     * A question as read.
     *
     * @param text the question in lower case, cut to {@link #LONGEST_QUESTION} characters; tokens point into it
     * @param tokens its words, numbers and dates, at most {@link #MOST_TOKENS}
     */
    record Words(String text, List<Token> tokens) {
        Words {
            tokens = List.copyOf(tokens);
        }

        /** The text from the start of one token to the end of another, as written. */
        String between(Token first, Token last) {
            return text.substring(first.start(), last.end());
        }
    }

    static Words read(String question) {
        String text = question.length() > LONGEST_QUESTION ? question.substring(0, LONGEST_QUESTION) : question;
        String lower = ACCIDENT_AND_EMERGENCY
                .matcher(text.toLowerCase(Locale.ROOT))
                .replaceAll(match -> "ae" + " ".repeat(match.group().length() - 2));
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(lower);
        while (matcher.find() && tokens.size() < MOST_TOKENS) {
            if (matcher.group("id") != null) {
                tokens.add(new Token(matcher.group(), Token.Kind.STRIKE_ID, matcher.start(), matcher.end()));
            } else if (matcher.group("date") != null) {
                tokens.add(new Token(matcher.group(), Token.Kind.DATE, matcher.start(), matcher.end()));
            } else if (matcher.group("range") != null) {
                tokens.add(new Token(matcher.group(), Token.Kind.DAY_RANGE, matcher.start(), matcher.end()));
            } else if (matcher.group("number") != null) {
                tokens.add(new Token(matcher.group(), Token.Kind.NUMBER, matcher.start(), matcher.end()));
            } else if (matcher.group("and") != null) {
                tokens.add(new Token("and", Token.Kind.WORD, matcher.start(), matcher.end()));
            } else {
                for (String word : NameKey.words(NameKey.of(matcher.group()))) {
                    tokens.add(new Token(word, Token.Kind.WORD, matcher.start(), matcher.end()));
                }
            }
        }
        return new Words(lower, tokens);
    }
}
