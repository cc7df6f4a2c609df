package org.strikedesk.ingest.errors;

/** Spreadsheet column letters, so a reader can say "column value (E)" as a spreadsheet shows it. */
public final class Columns {
    private Columns() {}

    /** 0 is A, 25 is Z, 26 is AA. */
    public static String letter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    /** A column's heading and letter: {@code value (E)}. */
    public static String label(String heading, int index) {
        return heading == null || heading.isBlank() ? letter(index) : heading + " (" + letter(index) + ")";
    }
}
