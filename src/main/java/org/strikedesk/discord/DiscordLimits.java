package org.strikedesk.discord;

import org.strikedesk.replies.Ellipsis;

/**
 * Discord's documented limits on messages and embeds, and the cutting that keeps a reply inside them: long text
 * is cut at a line and ends "… and N more", never rejected.
 */
public final class DiscordLimits {
    public static final int CONTENT = 2000;
    public static final int TITLE = 256;
    public static final int DESCRIPTION = 4096;
    public static final int FIELDS = 25;
    public static final int FIELD_NAME = 256;
    public static final int FIELD_VALUE = 1024;
    public static final int FOOTER = 2048;
    public static final int EMBED_TOTAL = 6000;
    public static final int CUSTOM_ID = 100;
    public static final int BUTTON_LABEL = 80;
    public static final int BUTTONS_PER_ROW = 5;
    public static final int ROWS = 5;
    /** An attachment's description (alt text); JDA refuses a longer one before sending. */
    public static final int ATTACHMENT_DESCRIPTION = 1024;

    private DiscordLimits() {}

    /**
     * The text if it fits; otherwise as many whole lines as fit followed by "… and N more" (lines), or, for a
     * single long line, the text cut with an ellipsis (never inside a character, and empty if {@code max} is 0).
     */
    public static String fit(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        if (lines.length > 1) {
            int kept = 0;
            int length = 0;
            while (kept < lines.length
                    && length
                                    + lines[kept].length()
                                    + 1
                                    + more(lines.length - kept - 1).length()
                            <= max) {
                length += lines[kept].length() + 1;
                kept++;
            }
            if (kept > 0 || more(lines.length).length() <= max) {
                return String.join("\n", java.util.Arrays.asList(lines).subList(0, kept))
                        + (kept > 0 ? "\n" : "")
                        + more(lines.length - kept);
            }
        }
        return Ellipsis.shorten(text, max);
    }

    private static String more(int remaining) {
        return "\u2026 and " + remaining + " more";
    }
}
