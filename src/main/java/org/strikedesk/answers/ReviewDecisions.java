package org.strikedesk.answers;

import org.strikedesk.commands.Invoker;
import org.strikedesk.replies.Reply;

/** Carries out an editor's Approve or Reject on a held import, and says what came of it. */
@FunctionalInterface
public interface ReviewDecisions {
    /** Decides nothing: for a StrikeDesk that holds no imports. */
    ReviewDecisions NONE =
            (review, invoker) -> Reply.error("Nothing to review", "StrikeDesk holds no imports for review here.");

    /** The reply to {@code invoker} pressing {@code review}; refused when they are not an editor. Never throws. */
    Reply decide(ActionId.Review review, Invoker invoker);
}
