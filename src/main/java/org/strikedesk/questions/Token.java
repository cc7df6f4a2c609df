package org.strikedesk.questions;

/**
 * One word, number or date of a question.
 *
 * @param key the word as names are compared (lower case, no apostrophes); a date as written
 * @param kind what sort of token it is
 * @param start where it starts in the question as read
 * @param end where it ends
 */
record Token(String key, Kind kind, int start, int end) {

    /** What sort of token. */
    enum Kind {
        /** A word. */
        WORD,
        /** A whole number, with or without "st", "nd", "rd", "th". */
        NUMBER,
        /** Days of a month written as a range: "11-14", "11th to 14th". */
        DAY_RANGE,
        /** A date in figures: "2023-04-12", "12/04/2023". */
        DATE,
        /** A strike's id from the calendar: "2023-04-junior-doctors". */
        STRIKE_ID
    }

    boolean is(String word) {
        return kind == Kind.WORD && key.equals(word);
    }

    /** The number, for a {@link Kind#NUMBER}; -1 for anything else or a number too long to matter. */
    int number() {
        if (kind != Kind.NUMBER) {
            return -1;
        }
        String digits = key.replaceAll("\\D", "");
        return digits.length() > 4 ? -1 : Integer.parseInt(digits);
    }
}
