package org.strikedesk.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.strikedesk.support.SyntheticWorkbook;
import org.strikedesk.support.ZipParts;

/**
 * Malformed and hostile .xlsx files, made here: faulty cells in a tidy sheet, and packages a workbook reader must
 * not open (macros, external links, zip bombs, encrypted or old-style files). Limits are those of {@link
 * ImportCorpusTest}.
 */
final class MalformedWorkbooks {
    private static final String STRIKE = "2023-04-junior-doctors";
    private static final String SOURCE = MalformedCsvFiles.SOURCE;
    private static final int MB = 1024 * 1024;

    private MalformedWorkbooks() {}

    /** A tidy sheet named Figures with a good row 2. */
    private static SyntheticWorkbook tidy() {
        return SyntheticWorkbook.create()
                .sheet("Figures")
                .row("strike", "org_code", "date", "metric", "value", "source")
                .row(STRIKE, "RWH", "2023-04-11", "inpatient_rescheduled", 999, SOURCE);
    }

    private static MalformedFile badRow(String what, String slug, SyntheticWorkbook workbook, String error) {
        String name = "synthetic-" + slug + ".xlsx";
        return MalformedFile.of(what, name, workbook.bytes(), name + ", sheet Figures, row 3, " + error);
    }

    private static MalformedFile badFile(String what, String slug, byte[] content, String error) {
        String name = "synthetic-" + slug + ".xlsx";
        return MalformedFile.of(what, name, content, name + ": " + error);
    }

    static List<MalformedFile> all() {
        List<MalformedFile> files = new java.util.ArrayList<>(cells());
        files.addAll(packages());
        return files;
    }

    private static List<MalformedFile> cells() {
        String metric = "outpatient_rescheduled";
        return List.of(
                badRow(
                        "a formula cell",
                        "formula",
                        tidy().row(STRIKE, "RWH", "2023-04-11", metric, new SyntheticWorkbook.Formula("E2*2"), SOURCE),
                        "column value (E): cell E3 holds a formula (=E2*2); StrikeDesk takes published values only"),
                badRow(
                        "a negative number cell",
                        "negative",
                        tidy().row(STRIKE, "RWH", "2023-04-11", metric, -4, SOURCE),
                        "column value (E): \"-4\" is negative"),
                badRow(
                        "a fraction in a number cell",
                        "fraction",
                        tidy().row(STRIKE, "RWH", "2023-04-11", metric, 2077.5, SOURCE),
                        "column value (E): \"2077.5\" is not a whole number"),
                badRow(
                        "a British date typed as text",
                        "british-date",
                        tidy().row(STRIKE, "RWH", "11/04/2023", metric, 5, SOURCE),
                        "column date (C): \"11/04/2023\" is not an ISO date (date is written like 2023-04-11); did you"
                                + " mean 2023-04-11?"),
                badRow(
                        "a date cell outside the strike",
                        "date-outside",
                        tidy().row(STRIKE, "RWH", LocalDate.of(2023, 4, 16), metric, 5, SOURCE),
                        "column date (C): 2023-04-16 is not a day of strike 2023-04-junior-doctors"),
                badRow(
                        "an unknown trust code",
                        "unknown-org",
                        tidy().row(STRIKE, "RZZ", "2023-04-11", metric, 5, SOURCE),
                        "column org_code (B): unknown org_code \"RZZ\""),
                new MalformedFile(
                        "a misspelt heading",
                        "synthetic-misspelt.xlsx",
                        SyntheticWorkbook.create()
                                .sheet("Figures")
                                .row("strike", "org_code", "date", "metric", "vaule", "source")
                                .row(STRIKE, "RWH", "", metric, 5, SOURCE)
                                .bytes(),
                        List.of(
                                "synthetic-misspelt.xlsx, sheet Figures, row 1, column vaule (E): unknown column"
                                        + " \"vaule\"; did you mean \"value\"?",
                                "synthetic-misspelt.xlsx, sheet Figures, row 1: the required column \"value\" is"
                                        + " missing")));
    }

    private static List<MalformedFile> packages() {
        return List.of(
                badFile(
                        "a link to another workbook",
                        "external-link",
                        ZipParts.of(tidy().bytes())
                                .put("xl/externalLinks/externalLink1.xml", "<externalLink/>")
                                .bytes(),
                        "the workbook links to other workbooks (xl/externalLinks/externalLink1.xml)"),
                badFile(
                        "a macro part",
                        "macros",
                        ZipParts.of(tidy().bytes())
                                .put("xl/vbaProject.bin", new byte[64])
                                .bytes(),
                        "the workbook holds macros (xl/vbaProject.bin)"),
                badFile(
                        "a zip bomb",
                        "zip-bomb",
                        bomb(),
                        "part xl/media/padding.bin unpacks to more than 100 times its packed size"
                                + " (ingest.maxCompressionRatio)"),
                badFile(
                        "a zip bomb that lies about its sizes",
                        "lying-zip-bomb",
                        ZipParts.lieAboutSize(
                                ZipParts.of(tidy().bytes())
                                        .put("xl/worksheets/sheet9.xml", zeros(5 * MB))
                                        .bytes(),
                                "xl/worksheets/sheet9.xml",
                                1000),
                        "part xl/worksheets/sheet9.xml unpacks to more than 100 times its packed size"),
                badFile(
                        "an old-style .xls or password-protected workbook (OLE2)",
                        "ole2",
                        ole2(),
                        "cannot read this file: it is an old-style Excel file (.xls) or a password-protected"
                                + " workbook"),
                badFile(
                        "binary junk named .xlsx",
                        "junk",
                        junk(),
                        "cannot read this file: it is named like an Excel workbook but is not one"),
                badFile(
                        "a ZIP archive that is no workbook",
                        "archive",
                        ZipParts.empty().put("notes.txt", "synthetic notes").bytes(),
                        "it is a ZIP archive, not an Excel workbook"),
                MalformedFile.of(
                        "too many rows",
                        "synthetic-rows.xlsx",
                        manyRows().bytes(),
                        "synthetic-rows.xlsx, sheet Figures, row 51: the sheet has more than 50 rows, the most"
                                + " StrikeDesk reads (ingest.maxRows)"),
                MalformedFile.of(
                        "too many columns",
                        "synthetic-columns.xlsx",
                        farRight().bytes(),
                        "synthetic-columns.xlsx, sheet Figures, row 3: cell Y3 is in column 25; a sheet may have up"
                                + " to 20 columns (ingest.maxColumns)"),
                MalformedFile.of(
                        "a damaged sheet",
                        "synthetic-damaged.xlsx",
                        ZipParts.of(tidy().bytes())
                                .edit("xl/worksheets/sheet1.xml", xml -> xml.replace("</sheetData>", "<sheetData>"))
                                .bytes(),
                        "synthetic-damaged.xlsx, sheet Figures: the sheet is damaged ("),
                badFile(
                        "a wide sheet in no known layout",
                        "unknown-layout",
                        SyntheticWorkbook.create()
                                .sheet("Trusts")
                                .row("Synthetic figures in a layout nobody described")
                                .row("Code", "Whatever", "Else")
                                .row("RWH", 1, 2)
                                .bytes(),
                        "the workbook is not in the tidy format"));
    }

    private static byte[] bomb() {
        return ZipParts.of(tidy().bytes())
                .put("xl/media/padding.bin", zeros(5 * MB))
                .bytes();
    }

    private static SyntheticWorkbook manyRows() {
        SyntheticWorkbook workbook = tidy();
        for (int i = 0; i < 55; i++) {
            workbook.row(STRIKE, "RWH", "", "outpatient_rescheduled", i, SOURCE);
        }
        return workbook;
    }

    private static SyntheticWorkbook farRight() {
        Object[] cells = new Object[25];
        System.arraycopy(new Object[] {STRIKE, "RWH", "", "outpatient_rescheduled", 2, SOURCE}, 0, cells, 0, 6);
        cells[24] = "far right";
        return tidy().row(cells);
    }

    private static byte[] ole2() {
        byte[] ole2 = new byte[4096];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, ole2, 0, magic.length);
        return ole2;
    }

    private static byte[] junk() {
        byte[] junk = new byte[2048];
        new Random(3).nextBytes(junk);
        junk[0] = 0;
        return junk;
    }

    private static byte[] zeros(int size) {
        try {
            return ZipParts.zeros(size).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
