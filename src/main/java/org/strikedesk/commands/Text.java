package org.strikedesk.commands;

import org.strikedesk.replies.Ellipsis;

/** Trimming what people typed before it is repeated back to them. */
final class Text {
    private Text() {}

    /** At most {@code max} characters, with an ellipsis where cut. */
    static String clip(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return Ellipsis.shorten(flat, max);
    }
}
