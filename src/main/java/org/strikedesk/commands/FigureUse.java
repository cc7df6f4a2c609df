package org.strikedesk.commands;

import org.strikedesk.replies.Reply;

/**
 * Where StrikeDesk records who was shown which figures: every reply that shows figures, from a command or a button,
 * is recorded here once it is built, so that a later revision can say who used the old value.
 */
@FunctionalInterface
public interface FigureUse {
    /** Records nothing. */
    FigureUse NONE = (invoker, asked, reply) -> {};

    /**
     * Records that {@code invoker} was shown the figures {@code reply} shows. Never throws: a record that cannot be
     * written is logged, and the reply still goes out.
     *
     * @param invoker who asked, and where
     * @param asked what they asked: the command as typed, or the button pressed
     * @param reply the reply, whose {@link Reply#shown()} are the figures it shows
     */
    void record(Invoker invoker, String asked, Reply reply);
}
