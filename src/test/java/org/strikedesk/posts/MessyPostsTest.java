package org.strikedesk.posts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikedesk.Application;
import org.strikedesk.config.DigestConfig;
import org.strikedesk.config.PostsConfig;
import org.strikedesk.config.StrikeDeskConfig;
import org.strikedesk.replies.Reply;
import org.strikedesk.support.MessyFigures;
import org.strikedesk.support.MutableClock;
import org.strikedesk.support.RecordingSink;
import org.strikedesk.support.TestApplications;

/** Posts and digests on the synthetic messy figures of {@link MessyFigures}, with a recording stand-in for Discord. */
class MessyPostsTest {
    private static final String GUILD = "100000000000000000";
    private static final String LEEDS = "100000000000000011";
    private static final String REGION = "100000000000000012";

    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T07:59:00Z"));
    private Application app;
    private RecordingSink sink;
    private OutboxPoster poster;

    @BeforeEach
    void open() {
        PostsConfig posts = new PostsConfig(
                List.of(
                        new DigestConfig("leeds", "0 9 * * *", LEEDS, "LTHT"),
                        new DigestConfig("region", "0 9 * * *", REGION, "Y63")),
                null,
                0,
                null);
        app = TestApplications.open(folder, clock, StrikeDeskConfig.DEFAULT.withPosts(posts));
        sink = new RecordingSink();
        poster = app.posts().poster(sink);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @DisplayName("A release post lists each strike's figures and says what it is about, in words")
    @Test
    void release() {
        app.posts().subscriptions().add(GUILD, LEEDS, "RR8", "editor (1)", LEEDS);
        app.posts().subscriptions().add(GUILD, REGION, "Y63", "editor (1)", REGION);

        MessyFigures.importInto(app, folder);
        poster.deliverDue();

        assertThat(sink.in(LEEDS)).singleElement().satisfies(post -> {
            assertThat(post.title()).isEqualTo("New figures for Leeds Teaching Hospitals NHS Trust in five strikes");
            assertThat(post.text().lines())
                    .containsExactlyInAnyOrder(
                            "Leeds Teaching Hospitals NHS Trust, junior doctors' strike of 13\u201317 July 2023: 1,510"
                                    + " rescheduled (partial)",
                            "Leeds Teaching Hospitals NHS Trust, junior doctors' strike of 11\u201314 August 2023: no"
                                    + " count of rescheduled appointments published",
                            "Leeds Teaching Hospitals NHS Trust, ambulance staff strike of 21 December 2022: 3"
                                    + " rescheduled",
                            "Leeds Teaching Hospitals NHS Trust, physiotherapists' strike of 26 January 2023: 5"
                                    + " rescheduled",
                            "Leeds Teaching Hospitals NHS Trust, physiotherapists' strike of 9 February 2023: 1"
                                    + " rescheduled");
            assertThat(post.sources()).containsExactly("example.org: " + MessyFigures.SOURCE);
        });
        assertThat(sink.in(REGION))
                .singleElement()
                .satisfies(post -> assertThat(post.title()).isEqualTo("New figures for four organisations"));
    }

    @DisplayName("A release post for one partial strike is its card: the strike's own dates, and what is missing")
    @Test
    void partialRelease() {
        app.posts().subscriptions().add(GUILD, LEEDS, "R1H", "editor (1)", LEEDS);

        MessyFigures.importInto(app, folder);
        poster.deliverDue();

        assertThat(sink.in(LEEDS)).singleElement().satisfies(post -> {
            assertThat(post.title())
                    .isEqualTo("New figures: Barts Health NHS Trust: junior doctors and hospital dental trainees'"
                            + " strike, 3\u20138 January 2024");
            assertThat(post.text())
                    .isEqualTo("At least 855 appointments and procedures rescheduled at Barts Health NHS Trust during"
                            + " the junior doctors and hospital dental trainees' strike of 3\u20138 January 2024."
                            + " Partial: no figures were published for 4\u20137 January.");
        });
    }

    @DisplayName("A digest gives the latest strike with figures in house style, and the later strikes with none")
    @Test
    void digests() {
        MessyFigures.importInto(app, folder);
        clock.set(Instant.parse("2026-06-01T08:00:05Z"));

        assertThat(app.posts().digests().fireDue()).isEqualTo(2);
        poster.deliverDue();

        Reply leeds = sink.in(LEEDS).get(0);
        Reply region = sink.in(REGION).get(0);
        assertThat(leeds.title())
                .isEqualTo(
                        "Digest: Leeds Teaching Hospitals NHS Trust: junior doctors' strike, 11\u201314 August 2023");
        assertThat(leeds.text())
                .isEqualTo("No count of rescheduled acute appointments has been published for Leeds Teaching Hospitals"
                        + " NHS Trust during the junior doctors' strike of 11\u201314 August 2023.\nStrikeDesk holds no"
                        + " figures for Leeds Teaching Hospitals NHS Trust in the nine later strikes: the resident"
                        + " doctors' strike of 14\u201318 November 2025, the resident doctors' strike of 25\u201329 July"
                        + " 2025, the junior doctors' strike of 27 June\u20131 July 2024 and six more.");
        assertThat(region.text())
                .startsWith("11,000 appointments and procedures rescheduled in the North East and Yorkshire region"
                        + " during the junior doctors' strike of 13\u201317 July 2023.\nStrikeDesk holds no figures for"
                        + " the North East and Yorkshire region in the 12 later strikes: the resident doctors' strike"
                        + " of 14\u201318 November 2025, ");
        assertThat(region.text()).endsWith(" and nine more.");
    }
}
