package org.strikedesk.questions;

/** What a token of a question is taken to be, before names are looked for. */
enum Role {
    /** Part of the strike: a month, year, day, date, staff group, union, "strike", "latest". */
    STRIKE,
    /** A word that says what is asked. */
    CUE,
    /** A word of the question that says nothing here. */
    SKIP,
    /** A staff group or union: part of the strike, unless it belongs to a name ("London Ambulance Service"). */
    GROUP,
    /** A small word: part of a name between its other words, else nothing. */
    JOINER,
    /** Any other word: part of a name, or not understood. */
    OPEN
}
