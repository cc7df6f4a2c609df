package org.strikedesk.figures;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Reads the strike calendar, {@code strikes.csv}: {@code id,staff_group,union,first_day,last_day,days,notes}. */
public final class StrikeFiles {
    public static final String CALENDAR = "strikes.csv";

    private StrikeFiles() {}

    public static List<Strike> read(Path file) {
        List<Strike> strikes = new ArrayList<>();
        List<Map<String, String>> rows = records(file);
        for (int i = 0; i < rows.size(); i++) {
            strikes.add(strike(file, i + 2, rows.get(i)));
        }
        return strikes;
    }

    private static Strike strike(Path file, int row, Map<String, String> cells) {
        try {
            LocalDate first = LocalDate.parse(required(cells, "first_day"));
            LocalDate last = LocalDate.parse(required(cells, "last_day"));
            String listed = cells.getOrDefault("days", "").trim();
            List<LocalDate> days = listed.isEmpty()
                    ? first.datesUntil(last.plusDays(1)).toList()
                    : Arrays.stream(listed.split(";"))
                            .map(String::trim)
                            .map(LocalDate::parse)
                            .toList();
            List<String> unions = Arrays.stream(required(cells, "union").split(";"))
                    .map(String::trim)
                    .toList();
            return new Strike(
                    required(cells, "id"),
                    required(cells, "staff_group"),
                    unions,
                    first,
                    last,
                    days,
                    cells.getOrDefault("notes", "").trim());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalStateException(file.getFileName() + " row " + row + ": " + e.getMessage(), e);
        }
    }

    private static String required(Map<String, String> cells, String column) {
        String value = cells.get(column);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("column " + column + " is empty");
        }
        return value.trim();
    }

    private static List<Map<String, String>> records(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                MappingIterator<Map<String, String>> it = new CsvMapper()
                        .readerForMapOf(String.class)
                        .with(CsvSchema.emptySchema().withHeader())
                        .readValues(reader)) {
            return it.readAll();
        } catch (IOException e) {
            throw new IllegalStateException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }
}
