package org.strikedesk.ingest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.strikedesk.support.SyntheticWorkbook;
import org.strikedesk.support.TidyCsv;

/**
 * Files that are only unusual, made here with synthetic figures: what Excel and people really send. Each file
 * speaks of a trust no other file here does, in a strike the shipped data has no trust figures for, so each one's
 * figures are all new and can be checked on their own.
 */
final class UnusualFiles {
    static final String STRIKE = "2023-07-junior-doctors";
    static final String SOURCE = "https://example.org/synthetic/unusual";
    private static final LocalDate DAY = LocalDate.of(2023, 7, 13);

    /**
     * A figure a file must give.
     *
     * @param org the trust's code
     * @param day the strike day, or null for the whole strike
     * @param metric the metric's id
     * @param value the count
     */
    record Expected(String org, LocalDate day, String metric, long value) {}

    /**
     * A file that must be accepted, and the figures it must give.
     *
     * @param what what is unusual about it
     * @param name its name
     * @param content its bytes
     * @param figures every figure it must add, and no other
     */
    // Compared by no one, so the bytes may stay an array.
    @SuppressWarnings("ArrayRecordComponent")
    record UnusualFile(String what, String name, byte[] content, List<Expected> figures) {
        @Override
        public String toString() {
            return what + " (" + name + ")";
        }
    }

    private UnusualFiles() {}

    private static String row(String org, String value) {
        return STRIKE + "," + org + "," + DAY + ",inpatient_rescheduled," + value + "," + SOURCE + ",2023-08-01";
    }

    private static Expected inpatients(String org, long value) {
        return new Expected(org, DAY, "inpatient_rescheduled", value);
    }

    private static UnusualFile csv(String what, String slug, String text, Expected... figures) {
        return new UnusualFile(
                what, "synthetic-" + slug + ".csv", text.getBytes(StandardCharsets.UTF_8), List.of(figures));
    }

    static List<UnusualFile> all() {
        List<UnusualFile> files = new java.util.ArrayList<>(csvFiles());
        files.addAll(workbooks());
        return files;
    }

    private static List<UnusualFile> csvFiles() {
        String cyrillic = SOURCE + "/\u0441\u0442\u0440\u0430\u0439\u043a-\u0446\u0438\u0444\u0440\u0438".repeat(10);
        return List.of(
                csv(
                        "a byte-order mark, as Excel writes",
                        "bom",
                        "\uFEFF" + TidyCsv.HEADER + "\n" + row("RAJ", "11") + "\n",
                        inpatients("RAJ", 11)),
                csv(
                        "CRLF line ends",
                        "crlf",
                        TidyCsv.HEADER + "\r\n" + row("RGT", "12") + "\r\n",
                        inpatients("RGT", 12)),
                csv(
                        "quoted fields holding commas",
                        "quoted",
                        TidyCsv.HEADER + "\n\"" + STRIKE + "\",RWH,\"" + DAY + "\",inpatient_rescheduled,\"1,214\",\""
                                + SOURCE + "?a=1,2\",\n",
                        inpatients("RWH", 1214)),
                csv(
                        "thousands separators",
                        "thousands",
                        TidyCsv.HEADER + "\n" + row("RAE", "\"12,345\"") + "\n"
                                + row("RAE", "\"1,000,000\"").replace("inpatient", "outpatient") + "\n",
                        inpatients("RAE", 12_345),
                        new Expected("RAE", DAY, "outpatient_rescheduled", 1_000_000)),
                csv(
                        "columns in another order",
                        "reordered",
                        "value,metric,source,org_code,strike,date\n7,staff_absent," + SOURCE + ",RGM," + STRIKE + ","
                                + DAY + "\n",
                        new Expected("RGM", DAY, "staff_absent", 7)),
                csv(
                        "upper-case headers, and codes in lower case",
                        "upper-case",
                        TidyCsv.HEADER.toUpperCase(java.util.Locale.ROOT) + "\n"
                                + row("rj1", "13").replace("inpatient", "INPATIENT") + "\n",
                        inpatients("RJ1", 13)),
                csv(
                        "trailing blank lines, and empty cells for empty columns",
                        "trailing-lines",
                        TidyCsv.HEADER + ",,\n" + row("RNQ", "14") + ",,\n,,,,,,,,\n\n\n   \n",
                        inpatients("RNQ", 14)),
                csv(
                        "text in UTF-8 beyond ASCII",
                        "cyrillic",
                        TidyCsv.HEADER + "\n" + row("RP4", "15").replace(SOURCE, cyrillic) + "\n",
                        inpatients("RP4", 15)),
                csv(
                        "no optional columns, a whole-strike figure, spaces around cells",
                        "minimal",
                        "strike,org_code,metric,value,source\n " + STRIKE + " , RPY ,staff_absent_max, 16 ," + SOURCE
                                + "\n",
                        new Expected("RPY", null, "staff_absent_max", 16)));
    }

    private static List<UnusualFile> workbooks() {
        return List.of(
                workbook(
                        "numbers stored as text",
                        "numbers-as-text",
                        SyntheticWorkbook.create()
                                .sheet("Figures")
                                .row("strike", "org_code", "date", "metric", "value", "source")
                                .row(STRIKE, "RQ3", DAY.toString(), "inpatient_rescheduled", "2077", SOURCE)
                                .row(STRIKE, "RQ3", DAY.toString(), "outpatient_rescheduled", "1,214", SOURCE),
                        inpatients("RQ3", 2077),
                        new Expected("RQ3", DAY, "outpatient_rescheduled", 1214)),
                workbook(
                        "numeric cells with .0, and date cells",
                        "dot-zero",
                        SyntheticWorkbook.create()
                                .sheet("Figures")
                                .row("strike", "org_code", "date", "metric", "value", "source", "published")
                                .row(
                                        STRIKE,
                                        "RR7",
                                        DAY,
                                        "inpatient_rescheduled",
                                        2077.0,
                                        SOURCE,
                                        LocalDate.of(2023, 8, 1)),
                        inpatients("RR7", 2077)),
                workbook(
                        "columns in another order with headings in capitals",
                        "reordered",
                        SyntheticWorkbook.create()
                                .sheet("Data")
                                .row("VALUE", "Source", "METRIC", "Org_Code", "STRIKE")
                                .row(17, SOURCE, "community_rescheduled", "RRK", STRIKE),
                        new Expected("RRK", null, "community_rescheduled", 17)));
    }

    private static UnusualFile workbook(String what, String slug, SyntheticWorkbook workbook, Expected... figures) {
        return new UnusualFile(what, "synthetic-" + slug + ".xlsx", workbook.bytes(), List.of(figures));
    }
}
