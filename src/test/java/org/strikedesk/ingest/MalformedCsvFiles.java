package org.strikedesk.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.strikedesk.support.TidyCsv;

/**
 * Malformed CSV files, made here with synthetic figures. Each holds a good row before its fault, so that a file
 * imported in part would show in the store.
 */
final class MalformedCsvFiles {
    static final String SOURCE = "https://example.org/synthetic/import-corpus";
    /** A row the importer would take: it revises a shipped figure, so a half-import would change an answer. */
    static final String GOOD = row("RWH", "2023-04-11", "inpatient_rescheduled", "999");

    private MalformedCsvFiles() {}

    static String row(String org, String date, String metric, String value) {
        return "2023-04-junior-doctors," + org + "," + date + "," + metric + "," + value + "," + SOURCE + ",2023-05-02";
    }

    /** The header, the good row, then {@code bad} as row 3. */
    private static byte[] withBadRow(String bad) {
        return text(TidyCsv.HEADER, GOOD, bad);
    }

    private static byte[] text(String... lines) {
        return bytes(StandardCharsets.UTF_8, lines);
    }

    private static byte[] bytes(Charset charset, String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(charset);
    }

    private static MalformedFile badRow(String what, String slug, String bad, String error) {
        String name = "synthetic-" + slug + ".csv";
        return MalformedFile.of(what, name, withBadRow(bad), name + ", row 3, " + error);
    }

    private static MalformedFile badFile(String what, String slug, byte[] content, String error) {
        String name = "synthetic-" + slug + ".csv";
        return MalformedFile.of(what, name, content, name + ": " + error);
    }

    /** A fault found in a row as a whole, or in the file from a row on. */
    private static MalformedFile badFromRow(String what, String slug, byte[] content, String error) {
        String name = "synthetic-" + slug + ".csv";
        return MalformedFile.of(what, name, content, name + ", " + error);
    }

    static List<MalformedFile> all() {
        List<MalformedFile> files = new ArrayList<>();
        files.addAll(headers());
        files.addAll(values());
        files.addAll(dates());
        files.addAll(codes());
        files.addAll(wholeFiles());
        return files;
    }

    private static List<MalformedFile> headers() {
        return List.of(
                MalformedFile.of(
                        "a missing required column",
                        "synthetic-missing-column.csv",
                        text("strike,org_code,date,metric,source", "2023-04-junior-doctors,RWH,,metric," + SOURCE),
                        "synthetic-missing-column.csv, row 1: the required column \"value\" is missing"),
                new MalformedFile(
                        "a misspelt column",
                        "synthetic-misspelt-column.csv",
                        text(TidyCsv.HEADER.replace("value", "vaule"), GOOD),
                        List.of(
                                "synthetic-misspelt-column.csv, row 1, column vaule (E): unknown column \"vaule\"; did"
                                        + " you mean \"value\"?",
                                "synthetic-misspelt-column.csv, row 1: the required column \"value\" is missing")),
                MalformedFile.of(
                        "a column given twice",
                        "synthetic-duplicate-column.csv",
                        text(TidyCsv.HEADER + ",Value", GOOD + ",1"),
                        "synthetic-duplicate-column.csv, row 1, column Value (H): column \"value\" appears twice (also"
                                + " column E)"),
                badRow(
                        "a row with more cells than the header",
                        "extra-cells",
                        GOOD.replace("999", "5") + ",surplus",
                        "column H: the row has 8 cells but the header names 7 columns; is a comma missing its quotes?"),
                badFromRow(
                        "a quote never closed",
                        "open-quote",
                        text(TidyCsv.HEADER, GOOD, "\"2023-04-junior-doctors,RWH,2023-04-12"),
                        "row 3: cannot be read as CSV: Missing closing quote for value"));
    }

    private static List<MalformedFile> values() {
        String day = "2023-04-12";
        String metric = "inpatient_rescheduled";
        return List.of(
                badRow(
                        "a value that is text",
                        "value-text",
                        row("RWH", day, metric, "lots"),
                        "column value (E): \"lots\" is not a whole number"),
                badRow(
                        "a negative value",
                        "value-negative",
                        row("RWH", day, metric, "-5"),
                        "column value (E): \"-5\" is negative; a count is 0 or more"),
                badRow(
                        "a decimal value",
                        "value-decimal",
                        row("RWH", day, metric, "12.5"),
                        "column value (E): \"12.5\" is not a whole number"),
                badRow(
                        "a huge value",
                        "value-huge",
                        row("RWH", day, metric, "99999999999999999999"),
                        "column value (E): \"99999999999999999999\" is too large to be a count"),
                badRow(
                        "a value with a misplaced thousands separator",
                        "value-comma",
                        row("RWH", day, metric, "\"1,20\""),
                        "column value (E): \"1,20\" is not a whole number; write a count such as 1214 or 1,214"),
                badRow(
                        "an empty value",
                        "value-empty",
                        row("RWH", day, metric, ""),
                        "column value (E): value is empty; every row needs one"),
                badRow(
                        "a source that is not a web address",
                        "source-text",
                        row("RWH", day, metric, "5").replace(SOURCE, "the comet"),
                        "column source (F): \"the comet\" is not a web address"),
                badRow(
                        "a publication date in the future",
                        "published-future",
                        row("RWH", day, metric, "5").replace("2023-05-02", "2099-01-01"),
                        "column published (G): 2099-01-01 is in the future"),
                MalformedFile.of(
                        "the same figure twice",
                        "synthetic-duplicate-key.csv",
                        withBadRow(GOOD.replace("999", "998")),
                        "synthetic-duplicate-key.csv, row 3: the same strike, org_code, date and metric as row 2; a"
                                + " file may give each figure once"));
    }

    private static List<MalformedFile> dates() {
        String metric = "outpatient_rescheduled";
        return List.of(
                badRow(
                        "an impossible date",
                        "date-impossible",
                        row("RWH", "2023-02-30", metric, "5"),
                        "column date (C): \"2023-02-30\" is not a real date (date is written like 2023-04-11)"),
                badRow(
                        "a date outside the strike",
                        "date-outside",
                        row("RWH", "2023-04-16", metric, "5"),
                        "column date (C): 2023-04-16 is not a day of strike 2023-04-junior-doctors (strike days:"
                                + " 2023-04-11, 2023-04-12, 2023-04-13, 2023-04-14)"),
                badRow(
                        "a British-format date",
                        "date-british",
                        row("RWH", "11/04/2023", metric, "5"),
                        "column date (C): \"11/04/2023\" is not an ISO date (date is written like 2023-04-11); did you"
                                + " mean 2023-04-11?"),
                badRow(
                        "staff absent without a date",
                        "staff-no-date",
                        row("RWH", "", "staff_absent", "5"),
                        "column date (C): staff_absent is a day's figure and needs a date"),
                badRow(
                        "a peak of staff absent with a date",
                        "staff-max-dated",
                        row("RWH", "2023-04-12", "staff_absent_max", "5"),
                        "column date (C): staff_absent_max is a whole-strike figure; leave date empty"));
    }

    private static List<MalformedFile> codes() {
        String metric = "inpatient_rescheduled";
        return List.of(
                badRow(
                        "an unknown strike",
                        "unknown-strike",
                        row("RWH", "2023-04-12", metric, "5").replace("junior-doctors", "junior-doctor"),
                        "column strike (A): unknown strike \"2023-04-junior-doctor\"; did you mean"
                                + " \"2023-04-junior-doctors\"?"),
                badRow(
                        "an unknown trust code",
                        "unknown-org",
                        row("RZZ", "2023-04-12", metric, "5"),
                        "column org_code (B): unknown org_code \"RZZ\""),
                badRow(
                        "a newsroom alias where the code belongs",
                        "alias-as-code",
                        row("ENHT", "2023-04-12", metric, "5"),
                        "column org_code (B): unknown org_code \"ENHT\"; did you mean RWH (East and North"
                                + " Hertfordshire NHS Trust)?"),
                badRow(
                        "a trust in Wales",
                        "welsh-trust",
                        row("RQF", "2023-04-12", metric, "5"),
                        "column org_code (B): RQF ("),
                badRow(
                        "an unknown metric",
                        "unknown-metric",
                        row("RWH", "2023-04-12", "inpatients_rescheduled", "5"),
                        "column metric (D): unknown metric \"inpatients_rescheduled\"; did you mean"
                                + " \"inpatient_rescheduled\"?"),
                badRow(
                        "an empty trust code",
                        "org-empty",
                        row("", "2023-04-12", metric, "5"),
                        "column org_code (B): org_code is empty; every row needs one"));
    }

    private static List<MalformedFile> wholeFiles() {
        String cafe = row("RWH", "2023-04-12", "inpatient_rescheduled", "5").replace(SOURCE, SOURCE + "/caf\u00e9");
        String unicode = "\uFEFF" + TidyCsv.HEADER + "\r\n" + GOOD + "\r\n";
        StringBuilder huge = new StringBuilder(TidyCsv.HEADER);
        while (huge.length() <= ImportCorpusTest.MAX_FILE_BYTES) {
            huge.append('\n').append(GOOD);
        }
        byte[] junk = new byte[3000];
        new Random(20261128).nextBytes(junk);
        return List.of(
                badFromRow(
                        "Latin-1 text",
                        "latin-1",
                        bytes(StandardCharsets.ISO_8859_1, TidyCsv.HEADER, GOOD, cafe),
                        "row 3: the file is not UTF-8 text: this row holds the byte 0xE9 (\"\u00e9\" in"
                                + " Windows-1252, as Excel's plain \"CSV\" saves it); save the file as \"CSV UTF-8\""),
                badFile(
                        "UTF-16 text",
                        "utf-16",
                        unicode.getBytes(StandardCharsets.UTF_16LE),
                        "cannot read this file: it is UTF-16 text (as Excel's \"Unicode Text\" saves it)"),
                badFile("an empty file", "empty", new byte[0], "the file is empty"),
                badFile(
                        "a header and nothing else",
                        "header-only",
                        text(TidyCsv.HEADER, "", ""),
                        "the file has a header but no figures"),
                badFile(
                        "a file over ingest.maxFileBytes",
                        "huge",
                        huge.toString().getBytes(StandardCharsets.UTF_8),
                        "the file is 65,619 bytes; StrikeDesk reads files up to 65,536 bytes (ingest.maxFileBytes)"),
                badFile("binary junk", "junk", junk, "cannot read this file: it is not text"),
                MalformedFile.of(
                        "notes in a text file",
                        "synthetic-notes.txt",
                        text("Synthetic notes, not figures."),
                        "synthetic-notes.txt: cannot read this file: StrikeDesk reads .csv and .xlsx files"));
    }
}
