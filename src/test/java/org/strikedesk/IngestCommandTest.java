package org.strikedesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikedesk.support.TidyCsv;

@DisplayName("bin/strikedesk ingest")
class IngestCommandTest {
    private static final String GOOD = TidyCsv.citing("https://example.org/synthetic/cli")
            .row("2023-04-junior-doctors,RAJ,2023-04-11,inpatient_rescheduled,12")
            .text();

    @TempDir
    Path folder;

    private Path config;
    private Path inbox;

    @BeforeEach
    void setUp() throws IOException {
        inbox = folder.resolve("drop").resolve("inbox");
        config = Files.writeString(folder.resolve("strikedesk.json"), "{\"ingest\": {\"settle\": \"PT0.1S\"}}");
        Files.createDirectories(inbox);
    }

    private int run(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--db";
        all[args.length + 1] = folder.resolve("strikedesk.db").toString();
        all[args.length + 2] = "--config";
        all[args.length + 3] = config.toString();
        return StrikeDesk.commandLine().execute(all);
    }

    @Test
    @DisplayName("--inbox DIR imports what it finds once, moving files beside DIR, and exits 0")
    void inboxOnce() throws IOException {
        Files.writeString(inbox.resolve("synthetic-cli.csv"), GOOD);

        int exit = run("ingest", "--inbox", inbox.toString());

        assertThat(exit).isZero();
        assertThat(inbox).isEmptyDirectory();
        assertThat(folder.resolve("drop").resolve("imported").resolve("synthetic-cli.csv"))
                .exists();
    }

    @Test
    @DisplayName("--inbox exits non-zero when a file is rejected")
    void inboxRejected() throws IOException {
        Files.writeString(inbox.resolve("synthetic-good.csv"), GOOD);
        Files.writeString(inbox.resolve("synthetic-bad.csv"), GOOD.replace(",12,", ",twelve,"));

        int exit = run("ingest", "--inbox", inbox.toString());

        assertThat(exit).isEqualTo(1);
        Path rejected = folder.resolve("drop").resolve("rejected");
        assertThat(rejected.resolve("synthetic-bad.csv")).exists();
        assertThat(rejected.resolve("synthetic-bad.csv.error.txt")).content().contains("\"twelve\"");
        assertThat(folder.resolve("drop").resolve("imported").resolve("synthetic-good.csv"))
                .exists();
    }

    @Test
    @DisplayName("without files or --inbox it says what to give")
    void nothingGiven() {
        assertThat(run("ingest")).isEqualTo(2);
    }
}
