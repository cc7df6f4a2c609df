package org.strikedesk.config;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cell named as a spreadsheet names it, such as {@code A2}.
 *
 * @param row the 1-based row
 * @param column the 0-based column (A is 0)
 */
public record CellRef(int row, int column) {
    private static final Pattern A1 = Pattern.compile("([A-Z]{1,3})([1-9][0-9]{0,6})");

    /** Parses {@code A2}, {@code AB10}; the key is named when the text is not a cell. */
    public static CellRef parse(String key, String text) {
        Matcher matcher = A1.matcher(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new ConfigException(
                    key + ": \"" + text + "\" is not a cell; name one as a spreadsheet does, e.g. A2");
        }
        int column = 0;
        for (char letter : matcher.group(1).toCharArray()) {
            column = column * 26 + (letter - 'A' + 1);
        }
        return new CellRef(Integer.parseInt(matcher.group(2)), column - 1);
    }

    @Override
    public String toString() {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString() + row;
    }
}
