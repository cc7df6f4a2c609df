package org.strikedesk.ingest.read;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a number cell is shown as a date. Excel stores a date as a number of days and marks it as a date only by
 * its display format: one of the built-in date formats, or a custom format with days or years in it ({@code m}
 * alone could be minutes).
 */
final class ExcelDates {
    /** Built-in formats that show a date: 14–17 and 22, and the East Asian date formats. */
    private static final Set<Integer> BUILT_IN =
            Set.of(14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58);

    private ExcelDates() {}

    static boolean isDateFormat(Integer formatId, String format) {
        if (formatId != null && BUILT_IN.contains(formatId)) {
            return true;
        }
        if (format == null || format.isBlank()) {
            return false;
        }
        // Quoted text, escaped characters and [colour] or [$-locale] sections are not part of the date pattern.
        String pattern = format.replaceAll("\"[^\"]*\"", "")
                .replaceAll("\\\\.", "")
                .replaceAll("\\[[^]]*]", "")
                .toLowerCase(Locale.ROOT);
        String firstSection = pattern.split(";", -1)[0];
        return firstSection.contains("d") || firstSection.contains("y");
    }
}
