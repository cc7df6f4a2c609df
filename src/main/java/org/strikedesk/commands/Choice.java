package org.strikedesk.commands;

import org.strikedesk.replies.Ellipsis;

/**
 * One suggestion offered while typing, or one fixed choice of an option.
 *
 * @param name what the person sees (at most 100 characters)
 * @param value what the option receives
 */
public record Choice(String name, String value) {
    /** Discord's limit on a choice's name and value. */
    public static final int MAX_LENGTH = 100;

    public Choice {
        name = clip(name);
        value = clip(value);
    }

    private static String clip(String text) {
        return Ellipsis.shorten(text, MAX_LENGTH);
    }
}
