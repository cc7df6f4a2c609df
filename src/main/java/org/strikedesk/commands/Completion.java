package org.strikedesk.commands;

/** What an option's autocomplete offers. */
public enum Completion {
    NONE,
    /** A trust, a region or England. */
    TRUST,
    /** A trust itself: not England, not a region. */
    NHS_TRUST,
    /** A strike: one, the latest, or all of them. */
    STRIKE,
    /** One strike, or the latest: for commands that show one strike at a time and refuse {@code all}. */
    ONE_STRIKE,
    REGION,
    STAFF_GROUP
}
