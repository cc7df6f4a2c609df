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
     * Whether the answer to a request depends only on its options, the figures and calendar as they stand, and the
     * day: not on who asks, the time of day or a file. Such an answer is kept and given again to whoever asks the
     * same, until the figures change or the day ends ({@link KeptAnswers}).
     */
    default boolean sameUntilFiguresChange() {
        return false;
    }

    /**
     * What autocomplete offers for one of its options, given the others as filled in so far: the option's own
     * completion, unless what the command accepts there depends on another option.
     */
    default Completion completion(OptionSpec option, Map<String, String> filled) {
        return option.completion();
    }
}
