package org.strikedesk.commands;

import org.strikedesk.replies.Reply;

/**
 * A command: its spec and its handler. A handler reads its options, asks the figures layer, and returns a reply;
 * mistakes a person can make are answered with a reply that explains, never with an exception.
 */
public interface SlashCommand {
    CommandSpec spec();

    Reply handle(CommandRequest request);
}
