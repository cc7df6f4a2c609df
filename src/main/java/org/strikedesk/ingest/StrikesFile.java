package org.strikedesk.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.io.input.BOMInputStream;
import org.strikedesk.figures.Strike;
import org.strikedesk.ingest.errors.ClosestWord;
import org.strikedesk.ingest.errors.Columns;
import org.strikedesk.ingest.errors.ImportError;

/**
 * Reads and checks a strikes file: the strike calendar's own layout ({@code strikes.csv}'s header,
 * {@code id,staff_group,union,first_day,last_day,days,notes}, columns in any order), validated whole like a figures
 * file, every error naming the file, row and column. A strike already in the calendar may be changed, but not so
 * that days with figures fall outside it.
 */
final class StrikesFile {
    /** The columns of the calendar's layout, in the order the shipped file has them. */
    static final List<String> COLUMNS = List.of("id", "staff_group", "union", "first_day", "last_day", "days", "notes");

    private static final Set<String> REQUIRED = Set.of("id", "staff_group", "union", "first_day", "last_day");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    private final String name;
    private final Map<String, Set<LocalDate>> daysWithFigures;
    private final List<ImportError> errors = new ArrayList<>();
    private final List<Strike> strikes = new ArrayList<>();
    private final Map<String, Integer> rowOfId = new HashMap<>();
    private int rows;

    /**
     * @param name the file's name, for errors
     * @param daysWithFigures by strike id, the days figures are held for (published or held for review)
     */
    private StrikesFile(String name, Map<String, Set<LocalDate>> daysWithFigures) {
        this.name = name;
        this.daysWithFigures = daysWithFigures;
    }

    /** Whether the file is a CSV whose header is the strike calendar's: it has {@code id} and {@code first_day}. */
    static boolean isStrikesFile(Path file, String name) throws IOException {
        if (!name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return false;
        }
        try (BufferedReader reader = reader(file)) {
            String header = reader.readLine();
            if (header == null) {
                return false;
            }
            List<String> columns = Arrays.stream(header.split(",", -1))
                    .map(cell -> cell.strip().replace("\"", "").toLowerCase(Locale.ROOT))
                    .toList();
            return columns.contains("id") && columns.contains("first_day");
        }
    }

    /** Reads the whole file and checks every row. */
    static Checked read(Path file, String name, Map<String, Set<LocalDate>> daysWithFigures) throws IOException {
        StrikesFile checker = new StrikesFile(name, daysWithFigures);
        try (BufferedReader reader = reader(file);
                MappingIterator<List<String>> lines = MAPPER.readerForListOf(String.class)
                        .with(CsvSchema.emptySchema())
                        .readValues(reader)) {
            checker.readAll(lines);
        } catch (JsonProcessingException e) {
            checker.errors.add(
                    new ImportError(name, checker.rows + 2, "", "cannot be read as CSV: " + e.getOriginalMessage()));
        }
        if (checker.errors.isEmpty() && checker.strikes.isEmpty()) {
            checker.errors.add(new ImportError(name, 0, "", "the file has a header but no strikes"));
        }
        return new Checked(checker.strikes, checker.errors, checker.rows);
    }

    private void readAll(MappingIterator<List<String>> lines) throws IOException {
        Optional<Map<String, Integer>> header = Optional.empty();
        List<String> headings = List.of();
        int row = 0;
        while (lines.hasNextValue()) {
            List<String> cells = lines.nextValue();
            row++;
            if (row == 1) {
                headings = cells;
                header = header(cells);
                if (header.isEmpty()) {
                    return;
                }
            } else if (!cells.stream().allMatch(cell -> cell == null || cell.isBlank())) {
                rows++;
                strike(row, header.get(), headings, cells);
            }
        }
    }

    private Optional<Map<String, Integer>> header(List<String> cells) {
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String heading = cells.get(i) == null ? "" : cells.get(i).strip().toLowerCase(Locale.ROOT);
            if (heading.isEmpty()) {
                continue;
            }
            if (!COLUMNS.contains(heading)) {
                errors.add(new ImportError(
                        name,
                        1,
                        Columns.label(cells.get(i).strip(), i),
                        "unknown column \"" + cells.get(i).strip() + "\"" + ClosestWord.hint(heading, COLUMNS)
                                + " (a strikes file has the columns " + String.join(",", COLUMNS) + ")"));
            } else if (positions.putIfAbsent(heading, i) != null) {
                errors.add(new ImportError(
                        name, 1, Columns.label(heading, i), "the column " + heading + " is given twice"));
            }
        }
        for (String required : COLUMNS) {
            if (REQUIRED.contains(required) && !positions.containsKey(required)) {
                errors.add(new ImportError(
                        name,
                        1,
                        "",
                        "the required column " + required + " is missing; a strikes" + " file has the columns "
                                + String.join(",", COLUMNS)));
            }
        }
        return errors.isEmpty() ? Optional.of(positions) : Optional.empty();
    }

    private void strike(int row, Map<String, Integer> columns, List<String> headings, List<String> cells) {
        Row cellsOf = new Row(row, columns, headings, cells);
        int before = errors.size();
        String id = cellsOf.required("id");
        if (!id.isEmpty() && !ID.matcher(id).matches()) {
            cellsOf.error(
                    "id",
                    "\"" + id + "\" is not a strike id: lower-case letters, digits and hyphens, such as"
                            + " 2025-11-resident-doctors");
        }
        String group = cellsOf.required("staff_group");
        String unions = cellsOf.required("union");
        Optional<LocalDate> first = cellsOf.date("first_day");
        Optional<LocalDate> last = cellsOf.date("last_day");
        if (first.isPresent() && last.isPresent() && last.get().isBefore(first.get())) {
            cellsOf.error("last_day", "the last day " + last.get() + " is before the first day " + first.get());
        }
        List<LocalDate> days = cellsOf.days(first, last);
        if (!id.isEmpty() && rowOfId.putIfAbsent(id, row) != null) {
            cellsOf.error("id", "the strike " + id + " is given twice (rows " + rowOfId.get(id) + " and " + row + ")");
        }
        if (errors.size() > before || first.isEmpty() || last.isEmpty()) {
            return;
        }
        for (LocalDate day : daysWithFigures.getOrDefault(id, Set.of())) {
            if (day != null && !days.contains(day)) {
                cellsOf.error(
                        columns.containsKey("days") ? "days" : "last_day",
                        "StrikeDesk holds figures for " + id + " on " + day
                                + ", which this row leaves out of the strike's days");
            }
        }
        if (errors.size() == before) {
            String notes = cellsOf.optional("notes");
            strikes.add(new Strike(
                    id,
                    group,
                    Arrays.stream(unions.split(";", -1)).map(String::strip).toList(),
                    first.get(),
                    last.get(),
                    days,
                    notes));
        }
    }

    /** One data row's cells, by column, reporting errors at the row and column they are in. */
    private final class Row {
        private final int row;
        private final Map<String, Integer> columns;
        private final List<String> headings;
        private final List<String> cells;

        Row(int row, Map<String, Integer> columns, List<String> headings, List<String> cells) {
            this.row = row;
            this.columns = columns;
            this.headings = headings;
            this.cells = cells;
        }

        String optional(String column) {
            Integer at = columns.get(column);
            return at == null || at >= cells.size() || cells.get(at) == null
                    ? ""
                    : cells.get(at).strip();
        }

        String required(String column) {
            String value = optional(column);
            if (value.isEmpty()) {
                error(column, "the " + column + " is empty");
            }
            return value;
        }

        Optional<LocalDate> date(String column) {
            String value = required(column);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDate.parse(value));
            } catch (DateTimeParseException e) {
                error(column, "\"" + value + "\" is not a date written as YYYY-MM-DD, such as 2025-11-14");
                return Optional.empty();
            }
        }

        /** The listed days, or every day from first to last when none are listed. */
        List<LocalDate> days(Optional<LocalDate> first, Optional<LocalDate> last) {
            String listed = optional("days");
            if (first.isEmpty() || last.isEmpty() || last.get().isBefore(first.get())) {
                return List.of();
            }
            if (listed.isEmpty()) {
                return first.get().datesUntil(last.get().plusDays(1)).toList();
            }
            List<LocalDate> days = new ArrayList<>();
            for (String text : listed.split(";", -1)) {
                try {
                    LocalDate day = LocalDate.parse(text.strip());
                    if (day.isBefore(first.get()) || day.isAfter(last.get())) {
                        error("days", day + " is outside the strike's first and last days");
                    }
                    days.add(day);
                } catch (DateTimeParseException e) {
                    error(
                            "days",
                            "\"" + text.strip() + "\" is not a date written as YYYY-MM-DD; days are listed"
                                    + " as 2022-12-15;2022-12-20");
                }
            }
            if (!days.contains(first.get()) || !days.contains(last.get())) {
                error("days", "the days listed must include the first day and the last day");
            }
            return days.stream().distinct().sorted().toList();
        }

        void error(String column, String message) {
            Integer at = columns.get(column);
            String label = at == null ? "" : Columns.label(headings.get(at).strip(), at);
            errors.add(new ImportError(name, row, label, message));
        }
    }

    private static BufferedReader reader(Path file) throws IOException {
        InputStream in = BOMInputStream.builder()
                .setInputStream(Files.newInputStream(file))
                .get();
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /**
     * What a strikes file holds once checked.
     *
     * @param strikes every strike it gives, when it has no errors
     * @param errors what is wrong, in the order found
     * @param rows data rows read
     */
    record Checked(List<Strike> strikes, List<ImportError> errors, int rows) {
        Checked {
            strikes = List.copyOf(strikes);
            errors = List.copyOf(errors);
        }
    }
}
