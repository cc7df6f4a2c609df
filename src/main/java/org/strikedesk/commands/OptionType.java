package org.strikedesk.commands;

/** The kinds of value an option takes. */
public enum OptionType {
    STRING,
    INTEGER,
    CHANNEL,
    /** A role of the server, given as its id. */
    ROLE,
    ATTACHMENT
}
