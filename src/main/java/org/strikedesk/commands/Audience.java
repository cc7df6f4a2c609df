package org.strikedesk.commands;

/**
 * Who sees a command's reply. It is known before the command runs, so a platform that must acknowledge a slow
 * command first (Discord fixes a reply's visibility when it is acknowledged) can choose rightly at that moment.
 */
public enum Audience {
    /** Everyone in the channel: figures, quotes, charts. */
    CHANNEL,
    /** Only the person who asked: refusals, errors, and replies about the server's own set-up. */
    ASKER
}
