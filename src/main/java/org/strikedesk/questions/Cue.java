package org.strikedesk.questions;

/** What a word in a question says is being asked. */
enum Cue {
    /** Rescheduled, cancelled, postponed; appointments, operations. */
    CANCELLATIONS,
    /** Staff absent, off, out, striking. */
    STAFF,
    /** Compare, versus, against. */
    COMPARE,
    /** Worst, most, top, which trusts. */
    TOP,
    /** Quote, line, sentence. */
    QUOTE,
    /** Chart, graph. */
    CHART,
    /** England, national, in total. */
    NATIONAL,
    /** When, dates, calendar. */
    STRIKES,
    /** Help, commands. */
    HELP
}
