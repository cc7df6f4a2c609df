package org.strikedesk.replies;

/**
 * Shortens text to a length, ending it with an ellipsis. It never cuts a character in two: half of an emoji's
 * surrogate pair is not text, and Discord would show it as a replacement mark.
 */
public final class Ellipsis {
    public static final String MARK = "\u2026";

    private Ellipsis() {}

    /**
     * The text if it has at most {@code max} characters (UTF-16 units, as Discord's limits are checked), else as
     * much of its start as fits before an ellipsis; empty when {@code max} leaves no room at all.
     */
    public static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        if (max <= 0) {
            return "";
        }
        int end = max - 1;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1)) && Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        return text.substring(0, end) + MARK;
    }

    /** What someone typed, on one line and at most {@code max} characters, before it is repeated back to them. */
    public static String clip(String typed, int max) {
        return shorten(Inline.defuse(typed.replaceAll("\\s+", " ").strip()), max);
    }
}
