package org.strikedesk.commands;

/** The kinds of value an option takes. */
public enum OptionType {
    STRING,
    INTEGER,
    CHANNEL,
    ATTACHMENT
}
