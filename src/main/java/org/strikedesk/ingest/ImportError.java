package org.strikedesk.ingest;

/**
 * One reason a file was rejected, located as a person would look for it.
 *
 * @param file the file's name
 * @param row the 1-based row (the header is row 1 in a tidy file), or 0 for the whole file
 * @param column the column's heading and letter, e.g. {@code value (E)}, or empty for a whole row or file
 * @param message what is wrong and, where there is one, what was probably meant
 */
public record ImportError(String file, int row, String column, String message) {

    @Override
    public String toString() {
        StringBuilder where = new StringBuilder(file);
        if (row > 0) {
            where.append(", row ").append(row);
        }
        if (column != null && !column.isEmpty()) {
            where.append(", column ").append(column);
        }
        return where + ": " + message;
    }
}
