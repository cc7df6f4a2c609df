package org.strikedesk.posts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikedesk.Application;
import org.strikedesk.MutableClock;
import org.strikedesk.TestApplications;
import org.strikedesk.config.StrikeDeskConfig;
import org.strikedesk.ingest.ImportReport;
import org.strikedesk.ingest.ImportRoute;
import org.strikedesk.replies.Reply;

/** Posting new figures, with a recording stand-in for Discord. Figures imported here are synthetic. */
class PostsTest {
    static final String NEWS = "100000000000000001";
    static final String DESK = "100000000000000002";
    static final String GUILD = "100000000000000000";
    static final String HEADER = "strike,org_code,date,metric,value,source,published\n";
    static final String SOURCE = "https://example.org/synthetic/release";

    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(TestApplications.NOW);
    private Application app;
    private RecordingSink sink;
    private OutboxPoster poster;

    @BeforeEach
    void open() {
        app = TestApplications.open(folder, StrikeDeskConfig.DEFAULT, clock);
        sink = new RecordingSink();
        poster = app.posts().poster(sink);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void subscribe(String channel, String org) {
        app.posts().subscriptions().add(GUILD, channel, org, "editor (1)", DESK);
    }

    private ImportReport ingest(String name, String rows) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, HEADER + rows, StandardCharsets.UTF_8);
        return app.importer().importFile(file, name, ImportRoute.COMMAND_LINE, "test");
    }

    @DisplayName("An import gives exactly one post per subscription that follows what changed; again gives none")
    @Test
    void onePostPerSubscription() throws IOException {
        subscribe(NEWS, "RWH");
        subscribe(DESK, "ENG");
        ingest(
                "a.csv",
                "2023-06-junior-doctors,RWH,,inpatient_rescheduled,101," + SOURCE + ",\n"
                        + "2023-06-junior-doctors,RWH,,outpatient_rescheduled,900," + SOURCE + ",\n");

        assertThat(poster.deliverDue()).isEqualTo(1);
        assertThat(sink.in(NEWS)).singleElement().satisfies(reply -> {
            assertThat(reply.title())
                    .startsWith("New figures: East and North Hertfordshire NHS Trust: junior doctors'"
                            + " strike, 14\u201316 June 2023");
            assertThat(reply.text()).startsWith("1,001 appointments and procedures rescheduled");
            assertThat(reply.sources()).containsExactly("example.org: " + SOURCE);
        });
        assertThat(sink.in(DESK)).isEmpty();

        ingest("a-again.csv", "2023-06-junior-doctors,RWH,,inpatient_rescheduled,101," + SOURCE + ",\n");
        assertThat(poster.deliverDue()).isZero();
        assertThat(sink.sends).isEqualTo(1);
    }

    @DisplayName("A region subscription follows its trusts; an England subscription follows England")
    @Test
    void regionsAndEngland() throws IOException {
        subscribe(NEWS, "Y61");
        subscribe(DESK, "ENG");
        ingest(
                "b.csv",
                "2023-06-junior-doctors,RGT,,acute_rescheduled,500," + SOURCE + ",\n"
                        + "2023-06-junior-doctors,RJ1,,acute_rescheduled,700," + SOURCE + ",\n");

        poster.deliverDue();

        assertThat(sink.in(NEWS)).hasSize(1);
        assertThat(sink.in(DESK)).isEmpty();
    }

    @DisplayName("A revision posts a correction saying what changed, and edits the earlier post")
    @Test
    void corrections() throws IOException {
        subscribe(NEWS, "RWH");
        ingest("first.csv", "2023-06-junior-doctors,RWH,,acute_rescheduled,1202," + SOURCE + ",2023-06-20\n");
        poster.deliverDue();

        ingest("second.csv", "2023-06-junior-doctors,RWH,,acute_rescheduled,1214," + SOURCE + "/v2,2023-06-27\n");
        poster.deliverDue();

        assertThat(sink.in(NEWS)).hasSize(2);
        Reply correction = sink.in(NEWS).get(1);
        assertThat(correction.title()).startsWith("Revised figures: ");
        assertThat(correction.fields())
                .anySatisfy(
                        f -> assertThat(f.value()).isEqualTo("Acute (inpatient and outpatient): was 1,202, now 1,214"));
        assertThat(sink.edits).hasSize(1);
        Reply edited = sink.messages.get(sink.edits.get(0));
        assertThat(edited.text()).startsWith("1,214 appointments");
        assertThat(edited.fields()).anySatisfy(f -> assertThat(f.name()).isEqualTo("Corrected 28 November 2026"));
    }

    @DisplayName("A failed attempt is retried later, and the post is still delivered once")
    @Test
    void retries() throws IOException {
        subscribe(NEWS, "RWH");
        ingest("c.csv", "2023-06-junior-doctors,RWH,,inpatient_rescheduled,5," + SOURCE + ",\n");
        sink.nextResults.add(new PostSink.Delivery.Retry("Internal Server Error (HTTP 500)"));

        assertThat(poster.deliverDue()).isZero();
        assertThat(poster.deliverDue()).as("not due again before its backoff").isZero();
        clock.advance(java.time.Duration.ofSeconds(31));
        assertThat(poster.deliverDue()).isEqualTo(1);
        clock.advance(java.time.Duration.ofHours(2));
        assertThat(poster.deliverDue()).isZero();
        assertThat(sink.in(NEWS)).hasSize(1);
    }

    @DisplayName("A crash after Discord accepted a post but before it was recorded does not post it twice")
    @Test
    void crashBetweenAcceptanceAndRecord() throws IOException {
        subscribe(NEWS, "RWH");
        ingest("d.csv", "2023-06-junior-doctors,RWH,,inpatient_rescheduled,5," + SOURCE + ",\n");
        trigger("CREATE TRIGGER crash BEFORE UPDATE OF status ON posts WHEN NEW.status = 'delivered'"
                + " BEGIN SELECT RAISE(ABORT, 'the process died here'); END");

        assertThatThrownBy(poster::deliverDue).hasMessageContaining("the process died here");
        assertThat(sink.in(NEWS)).as("Discord has the message").hasSize(1);
        assertThat(app.posts().outbox().inChannel(NEWS).get(0).status()).isEqualTo("sending");

        trigger("DROP TRIGGER crash");
        OutboxPoster restarted = app.posts().poster(sink);
        clock.advance(java.time.Duration.ofMinutes(1));
        restarted.deliverDue();

        assertThat(sink.sends).isEqualTo(2);
        assertThat(sink.in(NEWS)).as("the second send reused the nonce").hasSize(1);
        assertThat(app.posts().outbox().inChannel(NEWS).get(0).status()).isEqualTo("delivered");
    }

    @DisplayName("A backlog for one channel goes out as one summary post, not a flood")
    @Test
    void backlog() throws IOException {
        subscribe(NEWS, "ENG");
        ingest("e1.csv", "2023-07-radiographers,ENG,,acute_rescheduled,10," + SOURCE + ",\n");
        ingest("e2.csv", "2024-02-junior-doctors,ENG,,acute_rescheduled,20," + SOURCE + ",\n");
        ingest("e3.csv", "2025-11-resident-doctors,ENG,,acute_rescheduled,30," + SOURCE + ",\n");

        assertThat(poster.deliverDue()).isEqualTo(1);

        assertThat(sink.in(NEWS)).singleElement().satisfies(reply -> {
            assertThat(reply.title()).isEqualTo("Figures released while posts were waiting: three updates");
            assertThat(reply.text().lines()).hasSize(3);
        });
        assertThat(app.posts().outbox().inChannel(NEWS))
                .extracting(Post::status)
                .containsExactly("merged", "merged", "merged", "delivered");
    }

    @DisplayName("A channel that cannot be posted in is reported where it was subscribed; other channels carry on")
    @Test
    void unusableChannel() throws IOException {
        subscribe(NEWS, "RWH");
        subscribe(DESK, "RWH");
        sink.broken.put(NEWS, new PostSink.Delivery.Unusable("Missing Permissions (Discord error 50013)"));
        ingest("f.csv", "2023-06-junior-doctors,RWH,,inpatient_rescheduled,5," + SOURCE + ",\n");

        poster.deliverDue();
        poster.deliverDue();

        assertThat(sink.in(DESK)).hasSize(2);
        assertThat(sink.in(DESK).get(1).title()).isEqualTo("StrikeDesk cannot post in a channel");
        assertThat(sink.in(DESK).get(1).text()).contains("<#" + NEWS + ">", "Missing Permissions");
        assertThat(app.posts().status().status())
                .anySatisfy(f -> assertThat(f.value()).contains("Missing Permissions"));

        ingest("g.csv", "2023-06-junior-doctors,RWH,,outpatient_rescheduled,6," + SOURCE + ",\n");
        poster.deliverDue();
        assertThat(sink.in(DESK)).as("reported once, not on every post").hasSize(3);
    }

    private void trigger(String sql) {
        app.database().transaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
            return null;
        });
    }
}
