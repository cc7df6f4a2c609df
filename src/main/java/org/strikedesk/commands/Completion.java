package org.strikedesk.commands;

/** What an option's autocomplete offers. */
public enum Completion {
    NONE,
    TRUST,
    STRIKE,
    REGION,
    STAFF_GROUP
}
