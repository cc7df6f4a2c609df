package org.strikedesk.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strikedesk.Application;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.Invoker;
import org.strikedesk.commands.Options;
import org.strikedesk.config.StrikeDeskConfig;
import org.strikedesk.figures.Figure;
import org.strikedesk.figures.StrikeFiles;
import org.strikedesk.ingest.ImportReport;
import org.strikedesk.ingest.ImportRoute;
import org.strikedesk.replies.Reply;
import org.strikedesk.support.AppOnShippedData;
import org.strikedesk.support.MessyFigures;
import org.strikedesk.support.MutableClock;
import org.strikedesk.support.StoreAnswers;
import org.strikedesk.support.TestApplications;
import org.strikedesk.support.TidyCsv;
import org.strikedesk.trusts.RegisterFiles;

/**
 * /export: the tidy file imports again unchanged into the store it came from and gives the same figures in a store
 * that had none; the table has a row per trust, worked out by hand here; a file too large for where it goes is not
 * sent.
 */
class ExportCommandTest {
    @RegisterExtension
    static final AppOnShippedData shipped = AppOnShippedData.forClass();

    @RegisterExtension
    static final AppOnShippedData messy = AppOnShippedData.forClass();

    @TempDir
    Path folder;

    @BeforeAll
    static void synthetic() throws IOException {
        assertThat(MessyFigures.importInto(messy.app(), messy.folder()).rejected())
                .isFalse();
        assertThat(TidyCsv.citing("https://example.org/synthetic/messy-revised")
                        .row("2023-07-junior-doctors,RR8,2023-07-13,outpatient_rescheduled,310", "2023-08-01")
                        .importInto(messy.app(), messy.folder().resolve("revision.csv"))
                        .counts()
                        .revised())
                .isEqualTo(1);
    }

    private static Reply export(Application app, Map<String, String> options) {
        return app.commands().handle(CommandRequest.of(ExportCommand.NAME, options, Invoker.CONSOLE));
    }

    private static Reply export(Application app, String... options) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < options.length; i += 2) {
            given.put(options[i], options[i + 1]);
        }
        return export(app, given);
    }

    private static String text(Reply reply) {
        assertThat(reply.attachments()).as(reply.title() + ": " + reply.text()).hasSize(1);
        return new String(reply.attachments().get(0).content(), StandardCharsets.UTF_8);
    }

    private Path write(Reply reply) throws IOException {
        Reply.Attachment file = reply.attachments().get(0);
        return Files.write(folder.resolve(file.fileName()), file.content());
    }

    private static ImportReport importInto(Application app, Path file) throws IOException {
        return app.importer().importFile(file, file.getFileName().toString(), ImportRoute.COMMAND_LINE, "test");
    }

    /** Every figure the store holds, as it holds it (without the import that brought it). */
    private static List<Figure> figures(Application app) {
        return app.queries().allFigures();
    }

    @DisplayName("Importing an export into the store it came from changes nothing, whatever the export holds")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            everything                 | -       | -      | -
            one trust                  | ENHT    | -      | -
            England                    | england | -      | -
            a region and its trusts    | -       | London | -
            one strike                 | -       | -      | 2022-12-rcn
            a region in one strike     | -       | Midlands | 15 december 2022
            a trust in its region      | GOSH    | London | -
            """)
    void reimportChangesNothing(String what, String trust, String region, String strike) throws IOException {
        for (Application app : List.of(shipped.app(), messy.app())) {
            Map<String, String> options = new HashMap<>();
            if (trust != null) {
                options.put(Options.TRUST, trust);
            }
            if (region != null) {
                options.put(Options.REGION, region);
            }
            if (strike != null) {
                options.put(Options.STRIKE, strike);
            }
            Reply reply = export(app, options);
            StoreAnswers before = StoreAnswers.of(app);

            ImportReport report = importInto(app, write(reply));

            assertThat(report).as(what).isInstanceOf(ImportReport.Unchanged.class);
            assertThat(report.counts().unchanged())
                    .isEqualTo(report.counts().rows())
                    .isPositive();
            assertThat(report.counts().superseded()).isZero();
            assertThat(StoreAnswers.of(app)).isEqualTo(before);
        }
    }

    @DisplayName(
            "An export of everything, imported into a store with only the calendar and directory, gives the same figures")
    @Test
    void freshStore() throws IOException {
        Path reference = Files.createDirectories(folder.resolve("reference"));
        for (String name : RegisterFiles.ALL) {
            Files.copy(TestApplications.SHIPPED_DATA.resolve(name), reference.resolve(name));
        }
        Files.copy(
                TestApplications.SHIPPED_DATA.resolve(StrikeFiles.CALENDAR),
                reference.resolve(StrikeFiles.CALENDAR),
                StandardCopyOption.REPLACE_EXISTING);
        for (Application app : List.of(shipped.app(), messy.app())) {
            Path file = write(export(app));
            Path store = Files.createTempDirectory(folder, "fresh").resolve("fresh.db");
            try (Application fresh = Application.open(
                    StrikeDeskConfig.DEFAULT, store, reference, new MutableClock(TestApplications.NOW))) {
                assertThat(figures(fresh)).isEmpty();

                ImportReport report = importInto(fresh, file);

                assertThat(report).isInstanceOf(ImportReport.Imported.class);
                assertThat(figures(fresh)).isEqualTo(figures(app)).hasSizeGreaterThan(100);
            }
        }
    }

    @DisplayName("The tidy file has the documented header, a row per figure, whole-strike rows with no date")
    @Test
    void tidy() {
        Reply reply = export(shipped.app(), Options.TRUST, "ENHT");

        String source = "https://martini.thecomet.net/news/23475735.north-east-herts-2-000-hospital-appointments"
                + "-cancelled-strike";
        assertThat(text(reply))
                .isEqualTo("strike,org_code,date,metric,value,source,published\n"
                        + "2023-04-junior-doctors,RWH,,inpatient_rescheduled,170," + source + ",\n"
                        + "2023-04-junior-doctors,RWH,,outpatient_rescheduled,2077," + source + ",\n"
                        + "2023-04-junior-doctors,RWH,,staff_absent_max,160," + source + ",\n"
                        + "2023-04-junior-doctors,RWH,,staff_absent_min,141," + source + ",\n");
        assertThat(reply.attachments().get(0).fileName()).isEqualTo("strikedesk-figures-RWH.csv");
        assertThat(reply.title()).isEqualTo("Figures: East and North Hertfordshire NHS Trust, every strike");
        assertThat(reply.text()).startsWith("4 figures in the tidy figures format");
        assertThat(reply.sources()).containsExactly("The Comet, reporting NHS England data: " + source);
        assertThat(reply.ephemeral()).isFalse();
    }

    @DisplayName("The table: a row per trust, largest first, plain numbers, share of England to one decimal place")
    @Test
    void table() {
        Reply reply =
                export(shipped.app(), Options.FORMAT, "table", Options.REGION, "London", Options.STRIKE, "2022-12-rcn");

        // Worked from figures-trusts-2022-12-rcn.csv: 15 and 20 December summed; shares of England's 29,576.
        assertThat(text(reply)).isEqualTo("""
                Code,Trust,Region,Inpatient and day case,Outpatient,Total,Staff absent (peak day),Share of England (%),Notes
                RJ1,Guy's and St Thomas' NHS Foundation Trust,London,276,1672,1948,,6.6,
                RYJ,Imperial College Healthcare NHS Trust,London,91,1100,1191,,4.0,
                RP4,Great Ormond Street Hospital for Children NHS Foundation Trust,London,70,550,620,,2.1,
                RPY,The Royal Marsden NHS Foundation Trust,London,23,319,342,,1.2,
                """);
        assertThat(reply.attachments().get(0).fileName()).isEqualTo("strikedesk-table-Y56-2022-12-rcn.csv");
        assertThat(reply.title()).isEqualTo("Table: trusts in London, nurses' strike, 15 and 20 December 2022");
        assertThat(reply.text()).startsWith("4 trusts, a row each");
    }

    @DisplayName("The table on messy data: partial totals, a missing split and staff peaks are noted")
    @Test
    void messyTable() {
        assertThat(text(export(messy.app(), Options.FORMAT, "table", Options.STRIKE, "2023-07-junior-doctors")))
                .isEqualTo("""
                Code,Trust,Region,Inpatient and day case,Outpatient,Total,Staff absent (peak day),Share of England (%),Notes
                RR8,Leeds Teaching Hospitals NHS Trust,North East and Yorkshire,210,1310,1520,160,1.5,partial: no inpatient figure was published for 17 July; staff: no figure for 16 July
                RAE,Bradford Teaching Hospitals NHS Foundation Trust,North East and Yorkshire,5,4,9,,0.0,
                """);
        assertThat(text(export(messy.app(), Options.FORMAT, "table", Options.TRUST, "R1H")))
                .endsWith("R1H,Barts Health NHS Trust,London,75,780,855,7,0.8,partial: no figures were published for"
                        + " 4\u20137 January\n");
        assertThat(text(export(
                        messy.app(), Options.FORMAT, "table", Options.TRUST, "LTHT", Options.STRIKE, "9 feb 2023")))
                .endsWith("RR8,Leeds Teaching Hospitals NHS Trust,North East and Yorkshire,,,1,,0.1,no inpatient and"
                        + " outpatient split published\n");
    }

    @DisplayName("A file larger than the place it goes accepts is not sent; the reply says how large and what to do")
    @Test
    void tooLarge() {
        Reply whole = export(shipped.app());
        int size = whole.attachments().get(0).content().length;
        CommandRequest exact = new CommandRequest(ExportCommand.NAME, Map.of(), Invoker.CONSOLE, Map.of(), size);
        CommandRequest under = new CommandRequest(ExportCommand.NAME, Map.of(), Invoker.CONSOLE, Map.of(), size - 1);

        assertThat(shipped.app().commands().handle(exact).attachments()).hasSize(1);
        Reply refused = shipped.app().commands().handle(under);

        assertThat(refused.attachments()).isEmpty();
        assertThat(refused.tone()).isEqualTo(Reply.Tone.ERROR);
        assertThat(refused.text())
                .isEqualTo("The export is " + ExportCommand.megabytes(size) + ", more than the "
                        + ExportCommand.megabytes(size - 1) + " Discord accepts here. Ask for less (one strike, one"
                        + " region or one trust), or run bin/strikedesk export, which writes a file of any size.");
    }

    @DisplayName("Sizes are said as Discord says its limits")
    @ParameterizedTest(name = "{0} bytes: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            10485760 | 10 MB
            26214400 | 25 MB
            11010048 | 10.5 MB
            12000    | 12 KB
            100      | 1 KB
            """)
    void megabytes(long bytes, String written) {
        assertThat(ExportCommand.megabytes(bytes)).isEqualTo(written);
    }
}
