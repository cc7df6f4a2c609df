package org.strikedesk.ingest.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.CommandSpec;
import org.strikedesk.commands.Invoker;
import org.strikedesk.commands.OptionType;
import org.strikedesk.commands.Options;
import org.strikedesk.commands.Upload;
import org.strikedesk.ingest.ImportRecord;
import org.strikedesk.ingest.ImportRoute;
import org.strikedesk.replies.Reply;
import org.strikedesk.support.AppOnShippedData;
import org.strikedesk.support.SyntheticWorkbook;
import org.strikedesk.support.TidyCsv;

@DisplayName("/ingest file: imports an upload and says what changed")
class UploadCommandTest {
    private static final String SOURCE = "https://example.org/synthetic/upload-figures";
    private static final Invoker EDITOR = new Invoker("111", "Data Desk", true, "900", "901");
    private static final Invoker MEMBER = new Invoker("222", "Reporter", false, "900", "901");

    @RegisterExtension
    static final AppOnShippedData shipped = AppOnShippedData.forEachTest()
            .startingAt("2026-01-12T09:00:00Z")
            .with("{\"ingest\": {\"maxFileBytes\": 4096}}");

    private static String row(String org, String metric, Object value) {
        return "2023-04-junior-doctors," + org + ",2023-04-11," + metric + "," + value;
    }

    private static TidyCsv figures(String... rows) {
        TidyCsv csv = TidyCsv.citing(SOURCE);
        for (String row : rows) {
            csv.row(row);
        }
        return csv;
    }

    private Reply upload(Invoker invoker, String name, byte[] content, long declaredSize) {
        Upload upload = new Upload(name, declaredSize, () -> new ByteArrayInputStream(content));
        return shipped.app()
                .commands()
                .handle(new CommandRequest(UploadCommand.NAME, Map.of(), invoker, Map.of(Options.FILE, upload)));
    }

    private Reply upload(Invoker invoker, String name, TidyCsv content) {
        byte[] bytes = content.bytes();
        return upload(invoker, name, bytes, bytes.length);
    }

    @Test
    @DisplayName("is an admin command, acknowledged before it is answered, taking one attachment")
    void spec() {
        CommandSpec spec = shipped.app().commands().spec(UploadCommand.NAME).orElseThrow();

        assertThat(spec.adminOnly()).isTrue();
        assertThat(spec.mayBeSlow()).isTrue();
        assertThat(spec.options()).singleElement().satisfies(option -> {
            assertThat(option.name()).isEqualTo(Options.FILE);
            assertThat(option.type()).isEqualTo(OptionType.ATTACHMENT);
            assertThat(option.required()).isTrue();
        });
    }

    @Test
    @DisplayName("an admin's good file is imported; the reply counts and shows the changes")
    void imports() {
        Reply first = upload(
                EDITOR,
                "synthetic-upload.csv",
                figures(row("RAJ", "inpatient_rescheduled", 1202), row("RAJ", "outpatient_rescheduled", 40)));

        assertThat(first.tone()).isEqualTo(Reply.Tone.ANSWER);
        assertThat(first.title()).isEqualTo("Imported synthetic-upload.csv");
        assertThat(first.text()).startsWith("2 added, 0 revised, 0 unchanged");
        assertThat(first.fields().get(0).value())
                .contains("inpatient and day case, 11 April 2023")
                .contains("1,202 (new)");

        Reply second = upload(EDITOR, "synthetic-upload-2.csv", figures(row("RAJ", "inpatient_rescheduled", 1214)));

        assertThat(second.text()).startsWith("0 added, 1 revised, 0 unchanged");
        assertThat(second.fields().get(0).value()).contains("was 1,202, now 1,214");
        ImportRecord record = shipped.app().history().latest(1).get(0);
        assertThat(record.arrival().route()).isEqualTo(ImportRoute.UPLOAD);
        assertThat(record.arrival().by()).isEqualTo("Data Desk (111)");
        assertThat(record.arrival().file()).isEqualTo("synthetic-upload-2.csv");
    }

    @Test
    @DisplayName("a member who cannot manage the server is refused, and nothing is imported")
    void nonAdmin() {
        int before = shipped.app().history().latest(100).size();

        Reply reply = upload(MEMBER, "synthetic-upload.csv", figures(row("RAJ", "inpatient_rescheduled", 5)));

        assertThat(reply.tone()).isEqualTo(Reply.Tone.ERROR);
        assertThat(reply.title()).isEqualTo("Not allowed");
        assertThat(shipped.app().history().latest(100)).hasSize(before);
    }

    @Test
    @DisplayName("a file declared too large is refused before it is fetched")
    void declaredTooLarge() {
        Upload upload = new Upload("synthetic-huge.xlsx", 50_000_000, () -> {
            throw new AssertionError("an oversized upload must not be fetched");
        });

        Reply reply = shipped.app()
                .commands()
                .handle(new CommandRequest(UploadCommand.NAME, Map.of(), EDITOR, Map.of(Options.FILE, upload)));

        assertThat(reply.title()).isEqualTo("File too large");
        assertThat(reply.text())
                .startsWith("synthetic-huge.xlsx was not imported: it is 48 MB; /ingest takes files up" + " to 4 KB.");
    }

    @Test
    @DisplayName("a file larger than declared is refused while it is copied")
    void tooLargeWhileCopying() {
        Reply reply = upload(EDITOR, "synthetic-liar.csv", new byte[10_000], 100);

        assertThat(reply.title()).isEqualTo("File too large");
        assertThat(reply.text()).contains("it is larger than 4 KB");
    }

    @Test
    @DisplayName("a bad file is rejected with the row and column of each error, the first ten shown")
    void rejects() {
        TidyCsv csv = figures();
        for (int i = 0; i < 12; i++) {
            csv.row(row("RAJ", "inpatient_rescheduled", "many"));
        }

        Reply reply = upload(EDITOR, "synthetic-bad.csv", csv);

        assertThat(reply.tone()).isEqualTo(Reply.Tone.ERROR);
        assertThat(reply.title()).isEqualTo("Rejected: synthetic-bad.csv");
        assertThat(reply.text())
                .startsWith("Nothing was imported (12 errors, import #")
                .contains("\u2022 row 2, column value (E): \"many\" is not a whole number")
                .contains("\u2022 row 11, column value (E)")
                .doesNotContain("row 12, column")
                .contains("and 2 more");
    }

    @Test
    @DisplayName("a bad workbook is rejected naming its sheet, row and column")
    void rejectsWorkbook() {
        byte[] workbook = SyntheticWorkbook.create()
                .sheet("Figures")
                .row("strike", "org_code", "date", "metric", "value", "source")
                .row("2023-04-junior-doctors", "RAJ", "", "inpatient_rescheduled", -4, SOURCE)
                .bytes();

        Reply reply = upload(EDITOR, "synthetic-bad.xlsx", workbook, workbook.length);

        assertThat(reply.text()).contains("\u2022 sheet Figures, row 2, column value (E): \"-4\" is negative");
    }

    @Test
    @DisplayName("re-uploading the same file changes nothing and says so")
    void sameFileTwice() {
        TidyCsv csv = figures(row("RAJ", "inpatient_rescheduled", 9));
        upload(EDITOR, "synthetic-upload.csv", csv);

        Reply again = upload(EDITOR, "synthetic-upload.csv", csv);

        assertThat(again.title()).isEqualTo("No change: synthetic-upload.csv");
        assertThat(again.text()).contains("this file was imported before");
    }

    @Test
    @DisplayName("an upload whose name is longer than a label may be is still read by its extension")
    void longName() {
        String name = "NHS England industrial action daily situation report, trust level, synthetic copy for"
                + " testing, final version.csv";

        Reply reply = upload(EDITOR, name, figures(row("RAJ", "inpatient_rescheduled", 4)));

        assertThat(reply.tone()).as(reply.text()).isEqualTo(Reply.Tone.ANSWER);
        assertThat(shipped.app().history().latest(1).get(0).arrival().file())
                .hasSize(100)
                .startsWith("NHS England industrial action")
                .endsWith("\u2026.csv");
    }

    @Test
    @DisplayName("an upload's name is only a label: folders and odd characters are dropped")
    void nameIsALabel() {
        upload(EDITOR, "../../etc/synthetic\u0000<figures>.csv", figures(row("RAJ", "inpatient_rescheduled", 3)));

        assertThat(shipped.app().history().latest(1).get(0).arrival().file()).isEqualTo("synthetic__figures_.csv");
    }
}
