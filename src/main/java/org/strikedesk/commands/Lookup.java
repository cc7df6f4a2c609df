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

    /** The value made into another, or the failure passed on. */
    default <R> Lookup<R> map(Function<T, R> next) {
        return flatMap(value -> new Found<>(next.apply(value)));
    }

    /** Looks up the next thing with the value, or passes the failure on. */
    default <R> Lookup<R> flatMap(Function<T, Lookup<R>> next) {
        if (this instanceof Found<T> found) {
            return next.apply(found.value());
        }
        return new Failed<>(((Failed<T>) this).reply());
    }

    /** Continues with the value, or passes the failure on. */
    default Reply then(Function<T, Reply> next) {
        if (this instanceof Found<T> found) {
            return next.apply(found.value());
        }
        return ((Failed<T>) this).reply();
    }
}
