package org.strikedesk.posts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikedesk.Application;
import org.strikedesk.config.DigestConfig;
import org.strikedesk.config.PostsConfig;
import org.strikedesk.config.StrikeDeskConfig;
import org.strikedesk.support.MutableClock;
import org.strikedesk.support.TestApplications;

class DigestScheduleTest {
    private static final String CHANNEL = "100000000000000003";

    @TempDir
    Path folder;

    private Application app;

    @AfterEach
    void close() {
        app.close();
    }

    private MutableClock openAt(String instant, String cron) {
        MutableClock clock = MutableClock.at(instant);
        PostsConfig posts =
                new PostsConfig(List.of(new DigestConfig("morning", cron, CHANNEL, "england")), null, 0, null);
        StrikeDeskConfig config = StrikeDeskConfig.DEFAULT.withPosts(posts);
        app = TestApplications.open(folder, clock, config);
        return clock;
    }

    @DisplayName("A 9am digest fires at 9am London time on both sides of the start of British Summer Time")
    @Test
    void springForward() {
        MutableClock clock = openAt("2026-03-28T08:59:00Z", "0 9 * * *");
        DigestSchedule digests = app.posts().digests();

        assertThat(digests.fireDue()).as("08:59 GMT").isZero();
        clock.set(Instant.parse("2026-03-28T09:00:05Z"));
        assertThat(digests.fireDue()).as("09:00 GMT").isEqualTo(1);
        assertThat(digests.fireDue()).as("only once").isZero();
        assertThat(digests.next().orElseThrow().at().toInstant()).isEqualTo(Instant.parse("2026-03-29T08:00:00Z"));
        clock.set(Instant.parse("2026-03-29T07:59:00Z"));
        assertThat(digests.fireDue()).isZero();
        clock.set(Instant.parse("2026-03-29T08:00:05Z"));
        assertThat(digests.fireDue()).as("09:00 BST is 08:00 UTC").isEqualTo(1);
        assertThat(app.posts().outbox().inChannel(CHANNEL))
                .hasSize(2)
                .allSatisfy(post -> assertThat(post.owed().kind()).isEqualTo(PostKind.DIGEST));
    }

    @DisplayName("A 9am digest fires at 9am London time on both sides of the end of British Summer Time")
    @Test
    void fallBack() {
        MutableClock clock = openAt("2026-10-24T08:00:05Z", "0 9 * * *");
        DigestSchedule digests = app.posts().digests();

        assertThat(digests.fireDue()).as("09:00 BST").isEqualTo(1);
        assertThat(digests.next().orElseThrow().at().toInstant()).isEqualTo(Instant.parse("2026-10-25T09:00:00Z"));
        clock.set(Instant.parse("2026-10-25T08:00:05Z"));
        assertThat(digests.fireDue()).as("08:00 GMT is not 9am any more").isZero();
        clock.set(Instant.parse("2026-10-25T09:00:05Z"));
        assertThat(digests.fireDue()).isEqualTo(1);
    }

    @DisplayName("A digest missed by hours while the bot was down is skipped; one missed by minutes is caught up")
    @Test
    void missed() {
        MutableClock clock = openAt("2026-06-01T12:00:00Z", "0 9 * * *");
        DigestSchedule digests = app.posts().digests();

        assertThat(digests.fireDue()).as("three hours late").isZero();
        clock.set(Instant.parse("2026-06-02T08:40:00Z"));
        assertThat(digests.fireDue()).as("forty minutes late").isEqualTo(1);
    }
}
