package org.strikedesk.discord;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.strikedesk.replies.Ellipsis;

/**
 * The cutting that keeps a reply inside Discord's limits: long text is cut at a line and ends "… and N more",
 * never rejected. The limits themselves are JDA's constants ({@code Message}, {@code MessageEmbed}, {@code Button},
 * {@code ActionRow}), which JDA checks before anything is sent; what JDA does not have is a way to make text fit, as
 * it refuses text that is too long.
 */
public final class DiscordLimits {
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
                return Arrays.stream(lines, 0, kept).collect(Collectors.joining("\n"))
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
