package org.strikedesk.ingest.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;

/**
 * A workbook cell as the text the tidy format expects: whole numbers without a decimal point ({@code 2077.0} reads
 * {@code 2077}), other numbers as written ({@code 2077.5}, which validation refuses), date cells as ISO dates, text
 * as it is. Formulas and Excel errors are refused, since their shown value is computed, not published.
 */
final class XlsxCells {
    private XlsxCells() {}

    /** The cell's text; empty for a missing or blank cell. */
    static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> number(cell);
            case STRING -> cell.getText();
            case BOOLEAN -> Boolean.TRUE.equals(cell.getValue()) ? "TRUE" : "FALSE";
            default -> cell.getRawValue() == null ? "" : cell.getRawValue();
        };
    }

    /** Why the cell's value cannot be used, if it cannot. */
    static Optional<String> problem(Cell cell) {
        if (cell == null) {
            return Optional.empty();
        }
        String where = "cell " + cell.getAddress();
        if (cell.getType() == CellType.FORMULA) {
            return Optional.of(where + " holds a formula (=" + clip(cell.getFormula())
                    + "); StrikeDesk takes published values only: copy the column and paste values only");
        }
        if (cell.getType() == CellType.ERROR) {
            return Optional.of(where + " holds the Excel error " + cell.getRawValue());
        }
        return Optional.empty();
    }

    /** Every cell's text in a row, up to its last cell. */
    static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            texts.add(text(row.getCell(i)));
        }
        return texts;
    }

    /** The cell in column {@code index} (0-based); a blank one when the row stops short of it. */
    static Value at(Row row, int index) {
        Cell cell = index < row.getCellCount() ? row.getCell(index) : null;
        return new Value(text(cell), problem(cell));
    }

    /**
     * What a reader needs of a workbook cell.
     *
     * @param text its text, empty for a missing or blank cell
     * @param problem why its value cannot be used, if it cannot
     */
    record Value(String text, Optional<String> problem) {
        /** A cell the sheet does not have. */
        static final Value BLANK = new Value("", Optional.empty());
    }

    private static String number(Cell cell) {
        if (ExcelDates.isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())) {
            return cell.asDate().toLocalDate().toString();
        }
        BigDecimal value = cell.asNumber().stripTrailingZeros();
        return value.scale() <= 0 ? value.toBigInteger().toString() : value.toPlainString();
    }

    private static String clip(String formula) {
        String flat = formula == null ? "" : formula.strip();
        return flat.length() <= 60 ? flat : flat.substring(0, 59) + "\u2026";
    }
}
