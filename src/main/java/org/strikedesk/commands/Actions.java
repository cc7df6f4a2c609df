package org.strikedesk.commands;

import org.strikedesk.replies.Reply;

/** Answers a pressed button from its id alone, so a button still works after a restart. */
public interface Actions {
    /** The reply to a button press; an id that is not understood gets a reply saying so, never an exception. */
    Reply press(String actionId, Invoker invoker);

    /** Who sees the reply to this button, known before it is pressed through: see {@link Audience}. */
    Audience audience(String actionId);

    /**
     * Whether the button is used once: its answer is shown to the channel, and the button is then disabled where it
     * was pressed, so that the same answer is not posted twice (Post to channel).
     */
    boolean usedOnce(String actionId);

    /**
     * The reply to a pick from a menu: the menu's id says what to do with the value picked (see {@link Rerun}); an id
     * that is not understood gets a reply saying so, never an exception.
     */
    Reply pick(String menuId, String value, Invoker invoker);
}
