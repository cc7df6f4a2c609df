package org.strikedesk.trusts;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the shipped directory files: the ODS trust register ({@code ods-etr.csv}), newsroom aliases
 * ({@code trust-aliases.csv}), hospital sites ({@code nhs-hospitals-2018.tsv}) and the NHS bodies of Wales, Scotland
 * and Northern Ireland ({@code devolved-health-bodies.csv}). A bad row stops the load with the file and row named:
 * reference data is never half-loaded.
 */
public final class RegisterFiles {
    public static final String REGISTER = "ods-etr.csv";
    public static final String ALIASES = "trust-aliases.csv";
    public static final String SITES = "nhs-hospitals-2018.tsv";
    public static final String DEVOLVED = "devolved-health-bodies.csv";

    /** Every directory file, in the order they are read. */
    public static final List<String> ALL = List.of(REGISTER, ALIASES, SITES, DEVOLVED);

    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    private RegisterFiles() {}

    /** Reads the trust register: code, name, national grouping, ICB, postcode, open and close dates. */
    public static List<Organisation> readRegister(Path file) {
        List<Organisation> trusts = new ArrayList<>();
        int row = 0;
        for (List<String> cells : rows(file, CsvSchema.emptySchema())) {
            row++;
            if (cells.size() < 12) {
                throw bad(file, row, "expected 27 columns, found " + cells.size());
            }
            String code = cells.get(0).trim();
            int at = row;
            Region region = Region.byCode(cells.get(2).trim())
                    .orElseThrow(() -> bad(file, at, "unknown national grouping \"" + cells.get(2) + "\""));
            String registerName = cells.get(1).trim();
            trusts.add(new Organisation(
                    code,
                    TrustNames.titleCase(registerName),
                    Organisation.Kind.TRUST,
                    region,
                    date(file, row, cells.get(10)),
                    date(file, row, cells.get(11))));
        }
        return trusts;
    }

    /**
     * Reads {@code alias,org_code,kind}; the file's other columns (its {@code note} of where each name is used) are
     * for the people who keep it.
     */
    public static List<Alias> readAliases(Path file) {
        List<Alias> aliases = new ArrayList<>();
        List<Map<String, String>> rows = records(file, CsvSchema.emptySchema().withHeader());
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            int number = i + 2;
            aliases.add(new Alias(
                    column(file, number, row, "alias"),
                    column(file, number, row, "org_code"),
                    column(file, number, row, "kind")));
        }
        return aliases;
    }

    /** Reads the tab-separated site list: site_code, site_name, city, postcode, parent_code, parent_name. */
    public static List<Site> readSites(Path file) {
        List<Site> sites = new ArrayList<>();
        CsvSchema schema =
                CsvSchema.emptySchema().withHeader().withColumnSeparator('\t').withoutQuoteChar();
        List<Map<String, String>> rows = records(file, schema);
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            int number = i + 2;
            sites.add(new Site(
                    column(file, number, row, "site_code"),
                    column(file, number, row, "site_name"),
                    row.getOrDefault("city", "").trim(),
                    column(file, number, row, "parent_code")));
        }
        return sites;
    }

    /** Reads {@code name,nation,kind,also_known_as,source}; short names are separated by {@code ;}. */
    public static List<DevolvedBody> readDevolved(Path file) {
        List<DevolvedBody> bodies = new ArrayList<>();
        List<Map<String, String>> rows = records(file, CsvSchema.emptySchema().withHeader());
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            int number = i + 2;
            try {
                bodies.add(new DevolvedBody(
                        column(file, number, row, "name"),
                        column(file, number, row, "nation"),
                        column(file, number, row, "kind"),
                        names(column(file, number, row, "also_known_as")),
                        column(file, number, row, "source")));
            } catch (IllegalArgumentException e) {
                throw bad(file, number, e.getMessage());
            }
        }
        return bodies;
    }

    /** A column's trimmed value in a row read by its header; a file without the column is refused. */
    private static String column(Path file, int row, Map<String, String> values, String name) {
        String value = values.get(name);
        if (value == null) {
            throw bad(file, row, "there is no " + name + " column");
        }
        return value.trim();
    }

    private static List<String> names(String cell) {
        return Arrays.stream(cell.split(";"))
                .map(String::trim)
                .filter(name -> !name.isEmpty())
                .toList();
    }

    private static @Nullable LocalDate date(Path file, int row, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim(), BASIC_DATE);
        } catch (DateTimeParseException e) {
            throw bad(file, row, "\"" + text + "\" is not a date in YYYYMMDD form");
        }
    }

    private static List<List<String>> rows(Path file, CsvSchema schema) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                MappingIterator<List<String>> it =
                        CSV.readerForListOf(String.class).with(schema).readValues(reader)) {
            return it.readAll();
        } catch (IOException e) {
            throw new IllegalStateException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<Map<String, String>> records(Path file, CsvSchema schema) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                MappingIterator<Map<String, String>> it =
                        CSV.readerForMapOf(String.class).with(schema).readValues(reader)) {
            List<Map<String, String>> all = it.readAll();
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).values().stream().anyMatch(v -> v == null)) {
                    throw bad(file, i + 2, "a column is missing");
                }
            }
            return all;
        } catch (IOException e) {
            throw new IllegalStateException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static IllegalStateException bad(Path file, int row, String message) {
        return new IllegalStateException(file.getFileName() + " row " + row + ": " + message);
    }
}
