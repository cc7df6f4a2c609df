package org.strikedesk.commands;

import org.strikedesk.replies.Reply;

/**
 * Says under an answer how the names a request gave for trusts were read, when they were not the trusts' own: so that
 * no one is shown another trust's figures without seeing it.
 */
@FunctionalInterface
public interface TrustReadings {
    /** Says nothing. */
    TrustReadings NONE = (request, reply) -> reply;

    /** The reply to {@code request} with a line for each trust named by a hospital, initials or part of a name. */
    Reply noted(CommandRequest request, Reply reply);
}
