package org.strikedesk.commands;

/** Trimming what people typed before it is repeated back to them. */
final class Text {
    private Text() {}

    /** At most {@code max} characters, with an ellipsis where cut. */
    static String clip(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "\u2026";
    }
}
