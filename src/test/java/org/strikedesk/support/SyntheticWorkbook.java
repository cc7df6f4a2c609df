package org.strikedesk.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Builds small synthetic workbooks for tests with the fastexcel writer: made-up figures, never real ones, with a
 * synthetic source URL. Cells are strings, numbers, {@link LocalDate}s (written as date cells, shown d/m/yyyy as
 * Excel in England shows them) or {@link Formula}s; null leaves a cell empty.
 */
public final class SyntheticWorkbook {
    /** The source every synthetic figure claims. */
    public static final String SOURCE = "https://example.org/synthetic/strikedesk-test-figures";

    /** A formula cell. */
    public record Formula(String expression) {}

    private final Map<String, Map<Integer, List<Object>>> sheets = new LinkedHashMap<>();
    private Map<Integer, List<Object>> current;

    private SyntheticWorkbook() {}

    public static SyntheticWorkbook create() {
        return new SyntheticWorkbook();
    }

    /** Starts a sheet; rows that follow go into it. */
    public SyntheticWorkbook sheet(String name) {
        current = new LinkedHashMap<>();
        sheets.put(name, current);
        return this;
    }

    /** Adds a row after the last one (row 1 first). */
    public SyntheticWorkbook row(Object... cells) {
        if (current == null) {
            sheet("Sheet1");
        }
        int next = current.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        return rowAt(next, cells);
    }

    /** Puts a row at a 1-based row number. */
    public SyntheticWorkbook rowAt(int number, Object... cells) {
        if (current == null) {
            sheet("Sheet1");
        }
        List<Object> values = new ArrayList<>();
        java.util.Collections.addAll(values, cells);
        current.put(number, values);
        return this;
    }

    /** Writes the workbook to {@code file} and returns it. */
    public Path writeTo(Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void write(OutputStream out) throws IOException {
        try (Workbook workbook = new Workbook(out, "StrikeDesk tests", "1.0")) {
            if (sheets.isEmpty()) {
                sheet("Sheet1");
            }
            for (Map.Entry<String, Map<Integer, List<Object>>> sheet : sheets.entrySet()) {
                Worksheet worksheet = workbook.newWorksheet(sheet.getKey());
                sheet.getValue().forEach((row, cells) -> writeRow(worksheet, row - 1, cells));
            }
        }
    }

    private static void writeRow(Worksheet sheet, int row, List<Object> cells) {
        for (int column = 0; column < cells.size(); column++) {
            Object cell = cells.get(column);
            if (cell instanceof String text) {
                sheet.value(row, column, text);
            } else if (cell instanceof Number number) {
                sheet.value(row, column, number);
            } else if (cell instanceof LocalDate day) {
                sheet.value(row, column, day);
                sheet.style(row, column).format("d/m/yyyy").set();
            } else if (cell instanceof Formula formula) {
                sheet.formula(row, column, formula.expression());
            } else if (cell != null) {
                throw new IllegalArgumentException("cannot write " + cell.getClass());
            }
        }
    }
}
