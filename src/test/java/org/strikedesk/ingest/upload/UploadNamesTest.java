package org.strikedesk.ingest.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.strikedesk.Application;
import org.strikedesk.ReliabilityRecord;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.Invoker;
import org.strikedesk.commands.Options;
import org.strikedesk.commands.Upload;
import org.strikedesk.ingest.FileLabel;
import org.strikedesk.replies.Reply;
import org.strikedesk.support.FolderTree;
import org.strikedesk.support.MutableClock;
import org.strikedesk.support.TestApplications;
import org.strikedesk.support.TidyCsv;

/**
 * An upload's name is only ever a label: uploads with hostile names (paths out of the data folder, absolute paths,
 * NULs, line breaks, look-alikes of /, names that are . or .., names of error reports) go through the command
 * registry as /ingest, and nothing is written anywhere but the store in the data folder; each name is shown and
 * recorded as a safe label.
 */
@DisplayName("/ingest with hostile file names writes nothing outside the data folder")
class UploadNamesTest {
    private static final Invoker EDITOR = new Invoker("111", "Data Desk", true, "900", "901");
    /** Marks this run's uploads, so leftovers can be told from other runs' files in the shared temporary folder. */
    private static final String RUN = UUID.randomUUID().toString();

    private static final AtomicInteger tried = new AtomicInteger();
    private static final AtomicInteger escaped = new AtomicInteger();

    @TempDir
    static Path root;

    private static Path data;
    private static Application app;
    private static Map<String, String> outside;

    @BeforeAll
    static void open() throws IOException {
        data = Files.createDirectories(root.resolve("home").resolve("data"));
        Files.writeString(Files.createDirectories(root.resolve("outside")).resolve("passwd"), "synthetic: keep me");
        app = TestApplications.open(data, MutableClock.at("2026-01-12T09:00:00Z"));
        outside = FolderTree.snapshot(root, data);
    }

    @AfterAll
    static void close() {
        app.close();
        ReliabilityRecord.write("hostile-names-upload", Map.of("hostileNames", tried.get(), "escaped", escaped.get()));
    }

    static Stream<String> hostileNames() {
        return Stream.of(
                "../../outside/passwd",
                "../../../../../../../../tmp/escaped.csv",
                "..\\..\\outside\\passwd",
                "/etc/passwd",
                root.resolve("outside").resolve("escaped-absolute.csv").toString(),
                "C:\\Windows\\System32\\escaped.csv",
                "\\\\server\\share\\escaped.csv",
                "file:///etc/passwd",
                "~/escaped.csv",
                "$HOME/escaped.csv",
                "%2e%2e%2f%2e%2e%2fescaped.csv",
                "data/inbox/../../escaped.csv",
                "figures.csv/",
                "figures\u0000.csv",
                "figures.csv\u0000../../escaped.csv",
                "figures\n.csv",
                "figures\r\nINFO forged log line.csv",
                "x".repeat(5000) + ".csv",
                "..\u2215..\u2215outside\u2215passwd",
                "\uff0e\uff0e\uff0f\uff0e\uff0e\uff0fescaped.csv",
                "\u2024\u2024\u2044escaped.csv",
                "\u202Evsc.escaped",
                ".",
                "..",
                "...",
                "",
                "figures.csv.error.txt",
                "../rejected/figures.csv.error.txt",
                "CON");
    }

    @DisplayName("a hostile upload name reaches no path, and is shown and recorded as a safe label")
    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("hostileNames")
    void hostileName(String name) throws IOException {
        tried.incrementAndGet();
        String label = FileLabel.of(name, "upload");

        Reply reply = upload(name, figures(tried.get()));

        // A name is only a label, but its extension still says how to read the file.
        if (label.endsWith(".csv")) {
            assertThat(reply.title()).as(reply.text()).isEqualTo("Imported " + label);
        } else {
            assertThat(reply.title()).isEqualTo("Rejected: " + label);
            assertThat(reply.text()).contains("StrikeDesk reads .csv and .xlsx files");
        }
        assertThat(app.history().latest(1).get(0).arrival().file()).isEqualTo(label);
        assertSafe(label);
        boolean kept = FolderTree.snapshot(root, data).equals(outside) && onlyTheStore() && noCopyLeft();
        if (!kept) {
            escaped.incrementAndGet();
        }
        assertThat(FolderTree.snapshot(root, data))
                .as("everything outside the data folder")
                .isEqualTo(outside);
        assertThat(onlyTheStore()).as("the data folder holds only the store").isTrue();
        assertThat(noCopyLeft()).as("no temporary copy of the upload is left").isTrue();
    }

    /** A good file whose one figure is new each time, so each upload is imported. */
    private static String figures(int n) {
        return TidyCsv.citing("https://example.org/synthetic/hostile-names/" + RUN)
                .row("2023-04-junior-doctors,RAJ,2023-04-11,inpatient_rescheduled," + (100 + n))
                .text();
    }

    private static Reply upload(String name, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        Upload upload = new Upload(name, bytes.length, () -> new ByteArrayInputStream(bytes));
        return app.commands()
                .handle(new CommandRequest(UploadCommand.NAME, Map.of(), EDITOR, Map.of(Options.FILE, upload)));
    }

    /** A label names no folder, holds no control or formatting character, and is not . or .. */
    static void assertSafe(String label) {
        assertThat(label)
                .isNotBlank()
                .doesNotContain("/", "\\")
                .doesNotMatch("(?s).*[\\p{Cc}\\p{Cf}].*")
                .isNotIn(".", "..")
                .hasSizeLessThanOrEqualTo(FileLabel.MAX);
    }

    private static boolean onlyTheStore() throws IOException {
        try (Stream<Path> files = Files.list(data)) {
            return files.map(file -> file.getFileName().toString())
                    .allMatch(name -> List.of("strikedesk.db", "strikedesk.db-wal", "strikedesk.db-shm")
                            .contains(name));
        }
    }

    /** The upload's temporary copy is gone: no file in the temporary folder holds this run's marker. */
    private static boolean noCopyLeft() throws IOException {
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
        try (Stream<Path> files = Files.list(temporary)) {
            return files.filter(file -> file.getFileName().toString().startsWith("strikedesk-upload-"))
                    .noneMatch(UploadNamesTest::holdsThisRun);
        }
    }

    private static boolean holdsThisRun(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).contains(RUN);
        } catch (IOException | UncheckedIOException e) {
            // Gone meanwhile, or another run's file we may not read: not ours either way.
            return false;
        }
    }
}
