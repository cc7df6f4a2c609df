package org.strikedesk.ingest.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikedesk.Application;
import org.strikedesk.ingest.ImportRecord;
import org.strikedesk.ingest.ImportRoute;
import org.strikedesk.support.MutableClock;
import org.strikedesk.support.TestApplications;
import org.strikedesk.support.TidyCsv;

@DisplayName("The inbox folder")
class InboxTest {
    static final String SOURCE = "https://example.org/synthetic/inbox-figures";
    static final String GOOD = TidyCsv.citing(SOURCE)
            .row("2023-04-junior-doctors,RAJ,2023-04-11,inpatient_rescheduled,12")
            .text();
    static final Duration SETTLE = Duration.ofSeconds(2);

    @TempDir
    Path folder;

    private final MutableClock clock = MutableClock.at("2026-01-12T09:00:00Z");
    private Application app;
    private Path inbox;
    private Path imported;
    private Path rejected;

    @BeforeEach
    void open() {
        inbox = folder.resolve("inbox");
        imported = folder.resolve("imported");
        rejected = folder.resolve("rejected");
        app = TestApplications.open(folder, clock, config(folder, "PT2S"));
    }

    /** Settings with the inbox in {@code folder}. */
    static String config(Path folder, String settle) {
        return "{\"ingest\": {\"inbox\": \"" + json(folder.resolve("inbox")) + "\", \"imported\": \""
                + json(folder.resolve("imported")) + "\", \"rejected\": \"" + json(folder.resolve("rejected"))
                + "\", \"settle\": \"" + settle + "\", \"inboxRescan\": \"PT1S\"}}";
    }

    private static String json(Path path) {
        return path.toAbsolutePath().toString().replace("\\", "\\\\");
    }

    @AfterEach
    void close() {
        app.close();
    }

    private Path drop(String name, String content) throws IOException {
        Files.createDirectories(inbox);
        return Files.writeString(inbox.resolve(name), content);
    }

    /** Two scans a settle time apart, as the watcher makes them; returns the second. */
    private Inbox.Scan scanTwice() throws IOException {
        app.inbox().scan();
        clock.advance(SETTLE);
        return app.inbox().scan();
    }

    @Test
    @DisplayName("a file is imported once it has settled, moved to imported/, and recorded as from the inbox")
    void imports() throws IOException {
        drop("synthetic-figures.csv", GOOD);

        Inbox.Scan first = app.inbox().scan();
        assertThat(first.processed()).isEmpty();
        assertThat(first.waiting()).containsExactly("synthetic-figures.csv");
        clock.advance(SETTLE);
        Inbox.Scan second = app.inbox().scan();

        assertThat(second.processed()).singleElement().satisfies(outcome -> {
            assertThat(outcome.rejected()).isFalse();
            assertThat(outcome.report().counts().added()).isEqualTo(1);
            assertThat(outcome.movedTo()).isEqualTo(imported.resolve("synthetic-figures.csv"));
        });
        assertThat(inbox).isEmptyDirectory();
        assertThat(imported.resolve("synthetic-figures.csv")).hasContent(GOOD.strip());
        ImportRecord record = app.history().latest(1).get(0);
        assertThat(record.arrival().route()).isEqualTo(ImportRoute.INBOX);
        assertThat(record.arrival().by()).isEqualTo("inbox");
        assertThat(record.arrival().file()).isEqualTo("synthetic-figures.csv");
        assertThat(record.arrival().checksum()).hasSize(64);
    }

    @Test
    @DisplayName("a rejected file goes to rejected/ with NAME.error.txt listing every error")
    void rejects() throws IOException {
        drop(
                "synthetic-bad.csv",
                TidyCsv.citing(SOURCE)
                        .row("2023-04-junior-doctors,RAJ,2023-04-11,inpatient_rescheduled,lots")
                        .row("2023-04-junior-doctors,XYZ99,2023-04-11,inpatient_rescheduled,3")
                        .row("2023-04-junior-doctors,RAJ,2023-04-20,outpatient_rescheduled,4")
                        .text());

        Inbox.Scan scan = scanTwice();

        assertThat(scan.processed())
                .singleElement()
                .satisfies(outcome -> assertThat(outcome.rejected()).isTrue());
        Path errors = rejected.resolve("synthetic-bad.csv.error.txt");
        assertThat(rejected.resolve("synthetic-bad.csv")).exists();
        assertThat(Files.readAllLines(errors))
                .contains("3 errors:")
                .anySatisfy(line -> assertThat(line).startsWith("  synthetic-bad.csv, row 2, column value (E):"))
                .anySatisfy(line -> assertThat(line).startsWith("  synthetic-bad.csv, row 3, column org_code (B):"))
                .anySatisfy(line -> assertThat(line).startsWith("  synthetic-bad.csv, row 4, column date (C):"));
        assertThat(app.history().latest(1).get(0).outcome().id()).isEqualTo("rejected");
    }

    @Test
    @DisplayName("a file still being written is not read until its size and time stop changing")
    void growingFile() throws IOException {
        String header = TidyCsv.citing(SOURCE).text();
        Path file = drop("synthetic-growing.csv", header);
        assertThat(app.inbox().scan().processed()).isEmpty();

        clock.advance(SETTLE);
        Files.writeString(file, GOOD.substring(header.length()), StandardOpenOption.APPEND);
        Inbox.Scan whileGrowing = app.inbox().scan();
        assertThat(whileGrowing.processed()).isEmpty();
        assertThat(whileGrowing.waiting()).containsExactly("synthetic-growing.csv");

        clock.advance(Duration.ofSeconds(1));
        assertThat(app.inbox().scan().processed())
                .as("not yet settled long enough")
                .isEmpty();

        clock.advance(Duration.ofSeconds(1));
        Inbox.Scan settled = app.inbox().scan();
        assertThat(settled.processed())
                .singleElement()
                .satisfies(
                        outcome -> assertThat(outcome.report().counts().added()).isEqualTo(1));
    }

    @Test
    @DisplayName("a second run imports nothing new")
    void secondRun() throws IOException {
        drop("synthetic-figures.csv", GOOD);
        scanTwice();
        int imports = app.history().latest(100).size();

        Inbox.Scan again = scanTwice();

        assertThat(again.processed()).isEmpty();
        assertThat(again.waiting()).isEmpty();
        assertThat(app.history().latest(100)).hasSize(imports);
    }

    @Test
    @DisplayName("a name already taken in imported/ gets a number; nothing is overwritten")
    void nameClash() throws IOException {
        Files.createDirectories(imported);
        Files.writeString(imported.resolve("synthetic-figures.csv"), "an earlier file");
        drop("synthetic-figures.csv", GOOD);

        Inbox.Scan scan = scanTwice();

        assertThat(scan.processed().get(0).movedTo()).isEqualTo(imported.resolve("synthetic-figures-2.csv"));
        assertThat(imported.resolve("synthetic-figures.csv")).hasContent("an earlier file");
        assertThat(imported.resolve("synthetic-figures-2.csv")).hasContent(GOOD.strip());
    }

    @Test
    @DisplayName("hidden files, Office lock files and partial downloads are left alone")
    void ignored() throws IOException {
        for (String name : List.of(".synthetic.csv", "~$synthetic.xlsx", "synthetic.csv.part", "synthetic.tmp")) {
            drop(name, GOOD);
        }

        Inbox.Scan scan = scanTwice();

        assertThat(scan.processed()).isEmpty();
        assertThat(scan.waiting()).isEmpty();
        assertThat(inbox.toFile().list()).hasSize(4);
    }

    @Test
    @DisplayName("a symbolic link is not followed: it is set aside with the reason, and what it points at is untouched")
    void symbolicLink() throws IOException {
        Path outside = Files.writeString(folder.resolve("synthetic-outside.csv"), GOOD);
        Files.createDirectories(inbox);
        Files.createSymbolicLink(inbox.resolve("synthetic-link.csv"), outside);
        long figures = new org.strikedesk.figures.FiguresStore(app.database()).count();

        Inbox.Scan scan = scanTwice();

        assertThat(scan.processed()).singleElement().satisfies(outcome -> {
            assertThat(outcome.rejected()).isTrue();
            assertThat(outcome.movedTo()).isEqualTo(rejected.resolve("synthetic-link.csv"));
        });
        assertThat(rejected.resolve("synthetic-link.csv")).isSymbolicLink();
        assertThat(rejected.resolve("synthetic-link.csv.error.txt"))
                .content()
                .contains("synthetic-link.csv was not imported: it is a symbolic link, and StrikeDesk does not follow"
                        + " links out of the inbox; copy the file itself into the inbox");
        assertThat(outside).hasContent(GOOD.strip());
        assertThat(new org.strikedesk.figures.FiguresStore(app.database()).count())
                .isEqualTo(figures);
        assertThat(inbox).isEmptyDirectory();
    }

    @Test
    @DisplayName("a name with a line break is recorded and reported without it, as a label")
    void awkwardName() throws IOException {
        drop("synthetic\nINFO forged.csv", "not figures");

        Inbox.Scan scan = scanTwice();

        assertThat(scan.processed())
                .singleElement()
                .satisfies(outcome -> assertThat(outcome.name()).isEqualTo("synthetic_INFO forged.csv"));
        assertThat(app.history().latest(1).get(0).arrival().file()).isEqualTo("synthetic_INFO forged.csv");
        assertThat(rejected.resolve("synthetic\nINFO forged.csv.error.txt"))
                .content()
                .startsWith("synthetic_INFO forged.csv was rejected on ");
    }

    @Test
    @DisplayName("a file that is not figures at all is rejected with the reason beside it")
    void notFigures() throws IOException {
        drop("synthetic-notes.txt", "Synthetic meeting notes, not figures.");

        scanTwice();

        assertThat(rejected.resolve("synthetic-notes.txt.error.txt"))
                .content()
                .contains("StrikeDesk reads .csv and .xlsx files");
    }

    /** The id of a process that has ended: a child started and waited for. */
    private static long endedProcess() throws IOException, InterruptedException {
        Process child = new ProcessBuilder("true").start();
        child.waitFor();
        return child.pid();
    }

    @Test
    @DisplayName("a file an earlier process stopped while importing (out of memory, killed) is set aside, said so,"
            + " not imported again")
    void stoppedWhileImporting() throws Exception {
        drop("synthetic-huge.csv", GOOD);
        Files.writeString(inbox.resolve(Inbox.IMPORTING), endedProcess() + "\nsynthetic-huge.csv");
        int imports = app.history().latest(100).size();

        Inbox.Scan scan = app.inbox().scan();

        assertThat(scan.processed())
                .singleElement()
                .satisfies(
                        outcome -> assertThat(outcome.problem()).startsWith("StrikeDesk stopped while importing it"));
        assertThat(inbox.resolve("synthetic-huge.csv")).doesNotExist();
        assertThat(inbox.resolve(Inbox.IMPORTING)).doesNotExist();
        assertThat(rejected.resolve("synthetic-huge.csv.error.txt"))
                .content()
                .contains("synthetic-huge.csv was not imported: StrikeDesk stopped while importing it")
                .contains("move it back into the inbox");
        assertThat(app.history().latest(100)).hasSize(imports);
    }

    @Test
    @DisplayName("a note of an import by a process still running (another StrikeDesk on this inbox) is left alone")
    void importUnderWayElsewhere() throws Exception {
        drop("synthetic-busy.csv", GOOD);
        long running = ProcessHandle.current().parent().orElseThrow().pid();
        Files.writeString(inbox.resolve(Inbox.IMPORTING), running + "\nsynthetic-busy.csv");

        app.inbox().scan();

        assertThat(inbox.resolve(Inbox.IMPORTING)).exists();
        assertThat(rejected.resolve("synthetic-busy.csv")).doesNotExist();
    }

    @Test
    @DisplayName("an import from the inbox leaves no note behind, whatever its outcome")
    void noNoteLeft() throws IOException {
        drop("synthetic-ok.csv", GOOD);
        drop("synthetic-bad.csv", "not,a,figures,file\n");

        Inbox.Scan scan = scanTwice();

        assertThat(scan.processed()).hasSize(2);
        assertThat(inbox.resolve(Inbox.IMPORTING)).doesNotExist();
    }
}
