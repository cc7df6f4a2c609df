package org.strikedesk.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.strikedesk.support.SyntheticWorkbook;
import org.strikedesk.support.TidyCsv;
import org.strikedesk.trusts.Organisation;
import org.strikedesk.trusts.RegisterFiles;

/**
 * A synthetic, England-scale dataset for benchmarks, made on the spot and never shipped: the real trust register,
 * aliases and sites, a synthetic calendar of 40 six-day strikes (in 2030 to 2033), and figures for every open
 * trust in England on every strike day
 * for every metric. Every figure's source is {@code https://example.org/synthetic/england-scale}; the values are
 * seeded random numbers and mean nothing.
 */
public final class SyntheticEngland {
    public static final String SOURCE = "https://example.org/synthetic/england-scale";
    public static final int STRIKES = 40;
    public static final int DAYS = 6;
    private static final String[] DAILY = {
        "inpatient_rescheduled",
        "outpatient_rescheduled",
        "acute_rescheduled",
        "mental_health_rescheduled",
        "community_rescheduled",
        "staff_absent"
    };
    private static final String[] WHOLE = {"staff_absent_max", "staff_absent_min"};

    private final Path directory;
    private final List<Organisation> trusts;

    private SyntheticEngland(Path directory, List<Organisation> trusts) {
        this.directory = directory;
        this.trusts = trusts;
    }

    /**
     * Writes the reference files into {@code directory}; the figures go to {@code figures} (kept out of the
     * reference folder so that ingest can be timed on its own).
     */
    public static SyntheticEngland write(Path shipped, Path directory) throws IOException {
        Files.createDirectories(directory);
        for (String name : RegisterFiles.ALL) {
            Files.copy(shipped.resolve(name), directory.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        List<Organisation> trusts = RegisterFiles.readRegister(directory.resolve(RegisterFiles.REGISTER)).stream()
                .filter(t -> t.region().inEngland() && t.closed() == null)
                .toList();
        SyntheticEngland england = new SyntheticEngland(directory, trusts);
        england.writeCalendar();
        return england;
    }

    public Path directory() {
        return directory;
    }

    public List<Organisation> trusts() {
        return trusts;
    }

    /** The id of the synthetic strike {@code n} (1 to 40). */
    public static String strikeId(int n) {
        return String.format("synthetic-%02d", n);
    }

    /** The first day of strike {@code n}: one a month from January 2030, clear of every real strike. */
    public static LocalDate firstDay(int n) {
        return LocalDate.of(2030, 1, 3).plusMonths(n - 1);
    }

    private void writeCalendar() throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(directory.resolve("strikes.csv"), StandardCharsets.UTF_8)) {
            out.write("id,staff_group,union,first_day,last_day,days,notes\n");
            for (int n = 1; n <= STRIKES; n++) {
                LocalDate first = firstDay(n);
                out.write(strikeId(n) + ",Synthetic staff,SYN," + first + "," + first.plusDays(DAYS - 1)
                        + ",,synthetic strike for benchmarks\n");
            }
        }
    }

    /** Writes every trust × strike × day × metric (and whole-strike staff peaks and lows) as a tidy CSV. */
    public long writeTidyCsv(Path file) throws IOException {
        SplittableRandom random = new SplittableRandom(20261128L);
        long rows = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(TidyCsv.HEADER + "\n");
            for (Organisation trust : trusts) {
                for (int n = 1; n <= STRIKES; n++) {
                    rows += strikeRows(out, trust.code(), n, random);
                }
            }
        }
        return rows;
    }

    private static long strikeRows(BufferedWriter out, String code, int n, SplittableRandom random) throws IOException {
        long rows = 0;
        LocalDate first = firstDay(n);
        String prefix = strikeId(n) + "," + code + ",";
        int peak = 0;
        int lowest = Integer.MAX_VALUE;
        for (int day = 0; day < DAYS; day++) {
            for (String metric : DAILY) {
                int value = random.nextInt(5000);
                out.write(prefix + first.plusDays(day) + "," + metric + "," + value + "," + SOURCE + ",\n");
                if (metric.equals("staff_absent")) {
                    peak = Math.max(peak, value);
                    lowest = Math.min(lowest, value);
                }
                rows++;
            }
        }
        // The peak and lowest days agree with the daily figures, as published ones do: the plausibility gate holds
        // a day above the peak, and a benchmark of ingest times the import that is published.
        out.write(prefix + "," + WHOLE[0] + "," + peak + "," + SOURCE + ",\n");
        out.write(prefix + "," + WHOLE[1] + "," + lowest + "," + SOURCE + ",\n");
        return rows + WHOLE.length;
    }

    /**
     * Writes an NHS England-style wide workbook in the shipped layout ({@code config/layouts/nhse-daily-trust.json}):
     * a title, a source line, headings in row 3, then one row per trust with inpatient and outpatient columns for
     * every day of every synthetic strike. Returns how many figures it holds.
     */
    public long writeWideWorkbook(Path file) {
        SplittableRandom random = new SplittableRandom(20261129L);
        DateTimeFormatter heading = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        List<Object> headings = new ArrayList<>(List.of("Region", "Code", "Name"));
        for (int n = 1; n <= STRIKES; n++) {
            for (int day = 0; day < DAYS; day++) {
                String date = heading.format(firstDay(n).plusDays(day));
                headings.add(date + " Inpatient");
                headings.add(date + " Outpatient");
            }
        }
        SyntheticWorkbook workbook = SyntheticWorkbook.create()
                .sheet("Trusts")
                .row("Synthetic England-scale figures for benchmarks; the values mean nothing")
                .row("Source: " + SOURCE)
                .row(headings.toArray());
        for (Organisation trust : trusts) {
            List<Object> row = new ArrayList<>(List.of(trust.region().code(), trust.code(), trust.name()));
            for (int i = 3; i < headings.size(); i++) {
                row.add(random.nextInt(5000));
            }
            workbook.row(row.toArray());
        }
        workbook.writeTo(file);
        return (long) trusts.size() * (headings.size() - 3);
    }
}
