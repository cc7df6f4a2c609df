package org.strikedesk.commands;

import java.util.Map;
import org.strikedesk.replies.Reply;

/**
 * A command: its spec and its handler. A handler reads its options, asks the figures layer, and returns a reply;
 * mistakes a person can make are answered with a reply that explains, never with an exception.
 */
public interface SlashCommand {
    CommandSpec spec();

    Reply handle(CommandRequest request);

    /**
     * What autocomplete offers for one of its options, given the others as filled in so far: the option's own
     * completion, unless what the command accepts there depends on another option.
     */
    default Completion completion(OptionSpec option, Map<String, String> filled) {
        return option.completion();
    }
}
