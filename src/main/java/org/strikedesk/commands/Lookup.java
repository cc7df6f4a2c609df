package org.strikedesk.commands;

import java.util.function.Function;
import org.strikedesk.replies.Reply;

/**
 * The result of reading an option: the value it names, or a reply that explains why it names nothing.
 *
 * @param <T> the value's type
 */
public sealed interface Lookup<T> {

    /** The option names this value. */
    record Found<T>(T value) implements Lookup<T> {}

    /** The option names nothing; {@code reply} says why and what might have been meant. */
    record Failed<T>(Reply reply) implements Lookup<T> {}

    /** Continues with the value, or passes the failure on. */
    default Reply then(Function<T, Reply> next) {
        if (this instanceof Found<T> found) {
            return next.apply(found.value());
        }
        return ((Failed<T>) this).reply();
    }
}
