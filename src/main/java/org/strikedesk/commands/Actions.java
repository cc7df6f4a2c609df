package org.strikedesk.commands;

import org.strikedesk.replies.Reply;

/** Answers a pressed button from its id alone, so a button still works after a restart. */
public interface Actions {
    /** The reply to a button press; an id that is not understood gets a reply saying so, never an exception. */
    Reply press(String actionId, Invoker invoker);

    /** Who sees the reply to this button, known before it is pressed through: see {@link Audience}. */
    Audience audience(String actionId);
}
