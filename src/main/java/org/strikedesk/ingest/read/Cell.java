package org.strikedesk.ingest.read;

/**
 * A cell's text and where it was read.
 *
 * @param text the text, never null (empty for a blank cell)
 * @param row the 1-based row
 * @param column the column's heading and letter, e.g. {@code value (E)}
 */
public record Cell(String text, int row, String column) {
    public Cell {
        text = text == null ? "" : text;
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    public String trimmed() {
        return text.strip();
    }
}
