package org.strikedesk.ingest.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikedesk.Application;
import org.strikedesk.ingest.ImportRoute;
import org.strikedesk.support.TestApplications;

@DisplayName("The inbox watcher of the running bot")
class InboxWatcherTest {
    @TempDir
    Path folder;

    @Test
    @DisplayName("a file dropped while the bot runs is imported and moved without anyone asking")
    void watches() throws IOException {
        try (Application app = TestApplications.open(folder, Clock.systemUTC(), InboxTest.config(folder, "PT0.2S"))) {
            app.startWatching();
            Files.writeString(folder.resolve("inbox").resolve("synthetic-watched.csv"), InboxTest.GOOD);

            await().atMost(Duration.ofSeconds(15))
                    .untilAsserted(() -> assertThat(folder.resolve("imported").resolve("synthetic-watched.csv"))
                            .exists());
            assertThat(app.history().latest(1).get(0).arrival().route()).isEqualTo(ImportRoute.INBOX);
        }
    }
}
