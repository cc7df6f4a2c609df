package org.strikedesk.trusts;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The form names are compared in: lower case, accents and apostrophes dropped, "&amp;" read as "and", other
 * punctuation as spaces. {@code "Guy's & St Thomas'"} and {@code "guys and st. thomas"} have the same key.
 */
public final class NameKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2018\u2019`\u00b4]");
    private static final Pattern OTHER = Pattern.compile("[^a-z0-9]+");

    private NameKey() {}

    /** The key of a text; empty for none. */
    public static String of(@Nullable String text) {
        if (text == null) {
            return "";
        }
        String plain =
                MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String lower = plain.toLowerCase(Locale.ROOT).replace("&", " and ").replace("+", " and ");
        lower = APOSTROPHES.matcher(lower).replaceAll("");
        return OTHER.matcher(lower).replaceAll(" ").trim();
    }

    /** The key's words. */
    public static String[] words(String key) {
        return key.isEmpty() ? new String[0] : key.split(" ");
    }
}
