package org.strikedesk.replies;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks in a reply's text for what each platform shows its own way: a figure in bold, a command, a person, a moment.
 * Discord makes a command a link, a person a mention (which, as StrikeDesk allows no mentions, notifies no one) and a
 * moment a time in the reader's own time zone; the console prints each mark's plain text. A mark carries that plain
 * text itself, so text with marks still reads right wherever it is shown plainly.
 *
 * <p>Bold is Markdown's {@code **…**}, which Discord shows as it is and the console prints without the asterisks.
 * The other marks are written {@code ⟦kind:value|plain⟧}: {@code ⟦/:help|/help⟧} for a command,
 * {@code ⟦@:80351110224678912|Alice⟧} for a person, {@code ⟦R:1764436320|3 hours ago⟧} for a moment (the kind is the
 * style of the time: {@code R} relative, {@code f} date and time).
 */
public final class Inline {
    private static final char OPEN = '\u27E6';
    private static final char CLOSE = '\u27E7';
    private static final Pattern MARK =
            Pattern.compile("\u27E6([/@Rf]):([^|\u27E6\u27E7]{1,40})\\|([^\u27E6\u27E7]*)\u27E7");
    private static final Pattern BOLD = Pattern.compile("\\*\\*");

    private Inline() {}

    /** How a time is shown: relative to now, or as a date and time. */
    public enum TimeStyle {
        /** "3 hours ago". */
        RELATIVE('R'),
        /** "29 November 2026 14:00". */
        DATE_TIME('f');

        private final char letter;

        TimeStyle(char letter) {
            this.letter = letter;
        }

        /** Discord's letter for the style ({@code <t:…:R>}). */
        public char letter() {
            return letter;
        }
    }

    /** Shows each mark on one platform. */
    public interface Renderer {
        String command(String name, String plain);

        String user(String id, String plain);

        String time(long epochSecond, TimeStyle style, String plain);
    }

    /** A figure in bold. */
    public static String bold(String text) {
        return "**" + text + "**";
    }

    /** A command by name, shown plainly as {@code /name}. */
    public static String command(String name) {
        return mark('/', name, "/" + name);
    }

    /** A person by their platform id, shown plainly by name. */
    public static String user(String id, String name) {
        return mark('@', id, name);
    }

    /** A moment, shown plainly as {@code plain} (which the caller writes in house style, with its own clock). */
    public static String time(Instant at, TimeStyle style, String plain) {
        return mark(style.letter(), Long.toString(at.getEpochSecond()), plain);
    }

    private static String mark(char kind, String value, String plain) {
        return OPEN + String.valueOf(kind) + ":" + value + "|" + defuse(plain).replace('|', '/') + CLOSE;
    }

    /** The text with each mark shown as {@code renderer} shows it; bold is left to the renderer's platform. */
    public static String render(String text, Renderer renderer) {
        if (text.indexOf(OPEN) < 0) {
            return text;
        }
        Matcher mark = MARK.matcher(text);
        StringBuilder out = new StringBuilder();
        while (mark.find()) {
            String value = mark.group(2);
            String plain = mark.group(3);
            String shown = switch (mark.group(1)) {
                case "/" -> renderer.command(value, plain);
                case "@" -> renderer.user(value, plain);
                default -> time(value, mark.group(1), plain, renderer);
            };
            mark.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        mark.appendTail(out);
        return out.toString();
    }

    private static String time(String value, String style, String plain, Renderer renderer) {
        TimeStyle kind = style.equals("R") ? TimeStyle.RELATIVE : TimeStyle.DATE_TIME;
        try {
            return renderer.time(Long.parseLong(value), kind, plain);
        } catch (NumberFormatException e) {
            return plain;
        }
    }

    /** The text as plain text: each mark's own plain text, and no bold. */
    public static String plain(String text) {
        String unmarked = text.indexOf(OPEN) < 0
                ? text
                : MARK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(3)));
        return BOLD.matcher(unmarked).replaceAll("");
    }

    /** What someone typed, made unable to pass for a mark when it is repeated back. */
    public static String defuse(String typed) {
        return typed.replace(OPEN, '[').replace(CLOSE, ']');
    }
}
