package org.strikedesk.ingest.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikedesk.Application;
import org.strikedesk.ingest.ImportReport;
import org.strikedesk.ingest.ImportRoute;
import org.strikedesk.support.MutableClock;
import org.strikedesk.support.SyntheticWorkbook;
import org.strikedesk.support.TestApplications;
import org.strikedesk.support.ZipParts;

@DisplayName("Oversized and hostile workbooks are refused before they are read")
class WorkbookGuardTest {
    private static final String STRIKE = "2023-04-junior-doctors";
    private static final int MB = 1024 * 1024;

    @TempDir
    Path folder;

    private Application app;

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    private ImportReport importBytes(String name, byte[] content, String ingestSettings) throws IOException {
        app = TestApplications.open(
                folder, MutableClock.at("2026-01-12T09:00:00Z"), "{\"ingest\": {" + ingestSettings + "}}");
        Path file = Files.write(folder.resolve(name), content);
        return app.importer().importFile(file, name, ImportRoute.UPLOAD, "test");
    }

    private static String onlyError(ImportReport report) {
        assertThat(report.rejected()).isTrue();
        assertThat(report.errors()).hasSize(1);
        return report.errors().get(0).toString();
    }

    private static SyntheticWorkbook tidy() {
        return SyntheticWorkbook.create()
                .sheet("Figures")
                .row("strike", "org_code", "date", "metric", "value", "source")
                .row(STRIKE, "RAJ", "", "inpatient_rescheduled", 1, SyntheticWorkbook.SOURCE);
    }

    private static byte[] zeros(int size) throws IOException {
        return ZipParts.zeros(size).readAllBytes();
    }

    @Test
    @DisplayName("a zip bomb (a part that shrinks a thousandfold) is refused by its declared sizes")
    void zipBomb() throws IOException {
        byte[] bomb = ZipParts.of(tidy().bytes())
                .put("xl/media/padding.bin", zeros(5 * MB))
                .bytes();

        String error = onlyError(importBytes("synthetic-bomb.xlsx", bomb, ""));

        assertThat(error)
                .isEqualTo("synthetic-bomb.xlsx: part xl/media/padding.bin unpacks to more than 100 times its packed"
                        + " size (ingest.maxCompressionRatio); a figures workbook does not, so it was not opened");
    }

    @Test
    @DisplayName("a zip bomb that lies about its sizes is caught by counting the bytes it unpacks to")
    void lyingZipBomb() throws IOException {
        byte[] bomb = ZipParts.of(tidy().bytes())
                .put("xl/worksheets/sheet9.xml", zeros(5 * MB))
                .bytes();
        byte[] lying = ZipParts.lieAboutSize(bomb, "xl/worksheets/sheet9.xml", 1000);

        String error = onlyError(importBytes("synthetic-lying-bomb.xlsx", lying, ""));

        assertThat(error).contains("part xl/worksheets/sheet9.xml unpacks to more than 100 times its packed size");
    }

    @Test
    @DisplayName("a workbook that unpacks to more than the limit is refused, whatever it claims")
    void tooLargeUnpacked() throws IOException {
        byte[] noise = new byte[3 * MB];
        new Random(7).nextBytes(noise);
        byte[] large =
                ZipParts.of(tidy().bytes()).put("xl/media/noise.bin", noise).bytes();
        byte[] lying = ZipParts.lieAboutSize(large, "xl/media/noise.bin", 10);
        String limit = "\"maxUncompressedBytes\": " + 2 * MB;

        assertThat(onlyError(importBytes("synthetic-large.xlsx", large, limit)))
                .isEqualTo("synthetic-large.xlsx: it would unpack to more than 2.0 MB (ingest.maxUncompressedBytes);"
                        + " a figures workbook is far smaller, so it was not opened");
        app.close();
        assertThat(onlyError(importBytes("synthetic-large-lying.xlsx", lying, limit)))
                .contains("it would unpack to more than 2.0 MB");
    }

    @Test
    @DisplayName("a file over the size limit is refused before anything reads it")
    void tooLargeFile() throws IOException {
        byte[] workbook = tidy().bytes();

        String error = onlyError(importBytes("synthetic.xlsx", workbook, "\"maxFileBytes\": 1024"));

        assertThat(error)
                .matches("synthetic.xlsx: the file is \\d+ KB; StrikeDesk reads files up to 1 KB"
                        + " \\(ingest.maxFileBytes\\)");
    }

    @Test
    @DisplayName("a workbook linking to other workbooks is refused")
    void externalLinks() throws IOException {
        byte[] linked = ZipParts.of(tidy().bytes())
                .put("xl/externalLinks/externalLink1.xml", "<externalLink/>")
                .bytes();

        assertThat(onlyError(importBytes("synthetic-links.xlsx", linked, "")))
                .isEqualTo("synthetic-links.xlsx: the workbook links to other workbooks"
                        + " (xl/externalLinks/externalLink1.xml); StrikeDesk reads values only: copy the figures,"
                        + " paste them as values into a new workbook and send that");
    }

    @Test
    @DisplayName("a workbook with macros is refused")
    void macros() throws IOException {
        byte[] macros = ZipParts.of(tidy().bytes())
                .put("xl/vbaProject.bin", new byte[64])
                .bytes();

        assertThat(onlyError(importBytes("synthetic-macros.xlsm", macros, "")))
                .startsWith("synthetic-macros.xlsm: the workbook holds macros (xl/vbaProject.bin)");
    }

    @Test
    @DisplayName("a sheet with too many rows is refused, naming the sheet and the row")
    void tooManyRows() throws IOException {
        SyntheticWorkbook workbook = tidy();
        for (int i = 0; i < 20; i++) {
            workbook.row(STRIKE, "RWH", "", "inpatient_rescheduled", i, SyntheticWorkbook.SOURCE);
        }

        assertThat(onlyError(importBytes("synthetic-rows.xlsx", workbook.bytes(), "\"maxRows\": 10")))
                .isEqualTo("synthetic-rows.xlsx, sheet Figures, row 11: the sheet has more than 10 rows, the most"
                        + " StrikeDesk reads (ingest.maxRows)");
    }

    @Test
    @DisplayName("a sheet with too many columns is refused, naming the cell")
    void tooManyColumns() throws IOException {
        SyntheticWorkbook workbook = tidy().row(
                        STRIKE,
                        "RWH",
                        "",
                        "outpatient_rescheduled",
                        2,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "far right");

        assertThat(onlyError(importBytes("synthetic-columns.xlsx", workbook.bytes(), "\"maxColumns\": 10")))
                .isEqualTo("synthetic-columns.xlsx, sheet Figures, row 3: cell M3 is in column 13; a sheet may have up"
                        + " to 10 columns (ingest.maxColumns)");
    }

    @Test
    @DisplayName("a reference to text the workbook does not hold is refused as damage, not followed")
    void damagedSharedStrings() throws IOException {
        byte[] damaged = ZipParts.of(tidy().bytes())
                .edit("xl/worksheets/sheet1.xml", xml -> xml.replaceFirst("<v>0</v>", "<v>200000000</v>"))
                .bytes();

        assertThat(onlyError(importBytes("synthetic-damaged.xlsx", damaged, "")))
                .startsWith("synthetic-damaged.xlsx, sheet Figures, row 1: cell A1 refers to text number 200000000,"
                        + " but the workbook holds ");
    }

    @Test
    @DisplayName("a sheet passed off as the shared strings is still scanned as a sheet")
    void sheetAsSharedStrings() throws IOException {
        byte[] sneaky = ZipParts.of(tidy().bytes())
                .edit("[Content_Types].xml", xml -> xml.replace("/xl/sharedStrings.xml", "/xl/worksheets/sheet1.xml"))
                .edit("xl/worksheets/sheet1.xml", xml -> xml.replaceFirst("<v>0</v>", "<v>200000000</v>"))
                .bytes();

        assertThat(onlyError(importBytes("synthetic-sneaky.xlsx", sneaky, "")))
                .contains("cell A1 refers to text number 200000000, but the workbook holds 0 texts");
    }

    @Test
    @DisplayName("a sheet that is not well-formed XML is refused as damaged")
    void damagedSheet() throws IOException {
        byte[] damaged = ZipParts.of(tidy().bytes())
                .edit("xl/worksheets/sheet1.xml", xml -> xml.replace("</sheetData>", "<sheetData>"))
                .bytes();

        assertThat(onlyError(importBytes("synthetic-broken.xlsx", damaged, "")))
                .startsWith("synthetic-broken.xlsx, sheet Figures: the sheet is damaged (");
    }

    @Test
    @DisplayName("an old .xls, or a password-protected workbook (an OLE2 file), gets a clear message")
    void ole2() throws IOException {
        byte[] ole2 = new byte[4096];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, ole2, 0, magic.length);

        assertThat(onlyError(importBytes("synthetic-protected.xlsx", ole2, "")))
                .isEqualTo("synthetic-protected.xlsx: cannot read this file: it is an old-style Excel file (.xls) or a"
                        + " password-protected workbook; open it in Excel and save it as an Excel Workbook (.xlsx)"
                        + " without a password");
    }

    @Test
    @DisplayName("binary junk named .xlsx is refused as not a workbook")
    void junk() throws IOException {
        byte[] junk = new byte[2048];
        new Random(3).nextBytes(junk);
        junk[0] = 0;

        assertThat(onlyError(importBytes("synthetic-junk.xlsx", junk, "")))
                .isEqualTo("synthetic-junk.xlsx: cannot read this file: it is named like an Excel workbook but is not"
                        + " one (an .xlsx file is a ZIP package and this is not); it may be damaged, or another kind"
                        + " of file renamed");
    }

    @Test
    @DisplayName("a ZIP archive that is no workbook is refused as such")
    void plainZip() throws IOException {
        byte[] zip = ZipParts.empty().put("notes.txt", "synthetic notes").bytes();

        assertThat(onlyError(importBytes("synthetic-archive.xlsx", zip, "")))
                .isEqualTo("synthetic-archive.xlsx: it is a ZIP archive, not an Excel workbook; send .xlsx (Excel"
                        + " Workbook) or .csv");
    }

    @Test
    @DisplayName("a sound workbook passes the checks and is imported")
    void sound() throws IOException {
        ImportReport report = importBytes("synthetic-sound.xlsx", tidy().bytes(), "\"maxRows\": 10");

        assertThat(report.errors()).isEmpty();
        assertThat(report.counts().added()).isEqualTo(1);
    }
}
