package org.strikedesk.ingest.errors;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One reason a file was rejected, located as a person would look for it.
 *
 * @param file the file's name
 * @param sheet the worksheet's name in a workbook, or empty for a CSV file or the whole file
 * @param row the 1-based row (the header is row 1 in a tidy file), or 0 for the whole file
 * @param column the column's heading and letter, e.g. {@code value (E)}, or empty for a whole row or file
 * @param message what is wrong and, where there is one, what was probably meant
 */
public record ImportError(String file, String sheet, int row, String column, String message) {

    public ImportError {
        sheet = sheet == null ? "" : sheet;
        column = column == null ? "" : column;
    }

    /** An error in a file without sheets, or in a workbook as a whole. */
    public ImportError(String file, int row, String column, String message) {
        this(file, "", row, column, message);
    }

    /** The same error, located in a worksheet. */
    public ImportError inSheet(String name) {
        return new ImportError(file, name, row, column, message);
    }

    @Override
    public String toString() {
        String where = location();
        return file + (where.isEmpty() ? "" : ", " + where) + ": " + message;
    }

    /** Where in the file, without its name: {@code sheet Figures, row 7, column value (E)}; empty for all of it. */
    public String location() {
        boolean quote = sheet.contains(",") || sheet.contains(":");
        return Stream.of(
                        sheet.isEmpty() ? "" : "sheet " + (quote ? "\"" + sheet + "\"" : sheet),
                        row > 0 ? "row " + row : "",
                        column.isEmpty() ? "" : "column " + column)
                .filter(part -> !part.isEmpty())
                .collect(Collectors.joining(", "));
    }
}
