package org.strikedesk.posts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.strikedesk.ingest.ImportReport;
import org.strikedesk.replies.Reply;
import org.strikedesk.support.AppOnShippedData;
import org.strikedesk.support.RecordingSink;
import org.strikedesk.support.TidyCsv;

/** Posting new figures, with a recording stand-in for Discord. Figures imported here are synthetic. */
class PostsTest {
    static final String NEWS = "100000000000000001";
    static final String DESK = "100000000000000002";
    static final String GUILD = "100000000000000000";
    static final String SOURCE = "https://example.org/synthetic/release";

    @RegisterExtension
    static final AppOnShippedData shipped = AppOnShippedData.forEachTest();

    private RecordingSink sink;
    private OutboxPoster poster;

    @BeforeEach
    void open() {
        sink = new RecordingSink();
        poster = shipped.app().posts().poster(sink);
    }

    private void subscribe(String channel, String org) {
        shipped.app().posts().subscriptions().add(GUILD, channel, org, "editor (1)", DESK);
    }

    private ImportReport ingest(String name, TidyCsv file) throws IOException {
        return file.importInto(shipped.app(), shipped.folder().resolve(name));
    }

    @DisplayName("An import gives exactly one post per subscription that follows what changed; again gives none")
    @Test
    void onePostPerSubscription() throws IOException {
        subscribe(NEWS, "RWH");
        subscribe(DESK, "ENG");
        ingest(
                "a.csv",
                TidyCsv.citing(SOURCE)
                        .row("2023-06-junior-doctors,RWH,,inpatient_rescheduled,101")
                        .row("2023-06-junior-doctors,RWH,,outpatient_rescheduled,900"));

        assertThat(poster.deliverDue()).isEqualTo(1);
        assertThat(sink.in(NEWS)).singleElement().satisfies(reply -> {
            assertThat(reply.title())
                    .startsWith("New figures: East and North Hertfordshire NHS Trust: junior doctors'"
                            + " strike, 14\u201316 June 2023");
            assertThat(reply.text()).startsWith("1,001 appointments and procedures rescheduled");
            assertThat(reply.sources()).containsExactly("example.org: " + SOURCE);
        });
        assertThat(sink.in(DESK)).isEmpty();

        ingest("a-again.csv", TidyCsv.citing(SOURCE).row("2023-06-junior-doctors,RWH,,inpatient_rescheduled,101"));
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
                TidyCsv.citing(SOURCE)
                        .row("2023-06-junior-doctors,RGT,,acute_rescheduled,500")
                        .row("2023-06-junior-doctors,RJ1,,acute_rescheduled,700"));

        poster.deliverDue();

        assertThat(sink.in(NEWS)).hasSize(1);
        assertThat(sink.in(DESK)).isEmpty();
    }

    @DisplayName("A revision posts a correction saying what changed, and edits the earlier post")
    @Test
    void corrections() throws IOException {
        subscribe(NEWS, "RWH");
        ingest(
                "first.csv",
                TidyCsv.citing(SOURCE).row("2023-06-junior-doctors,RWH,,acute_rescheduled,1202", "2023-06-20"));
        poster.deliverDue();

        ingest(
                "second.csv",
                TidyCsv.citing(SOURCE + "/v2").row("2023-06-junior-doctors,RWH,,acute_rescheduled,1214", "2023-06-27"));
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
        ingest("c.csv", TidyCsv.citing(SOURCE).row("2023-06-junior-doctors,RWH,,inpatient_rescheduled,5"));
        sink.nextResults.add(new PostSink.Delivery.Retry("Internal Server Error (HTTP 500)"));

        assertThat(poster.deliverDue()).isZero();
        assertThat(poster.deliverDue()).as("not due again before its backoff").isZero();
        shipped.clock().advance(java.time.Duration.ofSeconds(31));
        assertThat(poster.deliverDue()).isEqualTo(1);
        shipped.clock().advance(java.time.Duration.ofHours(2));
        assertThat(poster.deliverDue()).isZero();
        assertThat(sink.in(NEWS)).hasSize(1);
    }

    @DisplayName("A crash after Discord accepted a post but before it was recorded does not post it twice")
    @Test
    void crashBetweenAcceptanceAndRecord() throws IOException {
        subscribe(NEWS, "RWH");
        ingest("d.csv", TidyCsv.citing(SOURCE).row("2023-06-junior-doctors,RWH,,inpatient_rescheduled,5"));
        trigger("CREATE TRIGGER crash BEFORE UPDATE OF status ON posts WHEN NEW.status = 'delivered'"
                + " BEGIN SELECT RAISE(ABORT, 'the process died here'); END");

        assertThatThrownBy(poster::deliverDue).hasMessageContaining("the process died here");
        assertThat(sink.in(NEWS)).as("Discord has the message").hasSize(1);
        assertThat(shipped.app()
                        .posts()
                        .outbox()
                        .inChannel(NEWS)
                        .get(0)
                        .progress()
                        .status())
                .isEqualTo(PostStatus.SENDING);

        trigger("DROP TRIGGER crash");
        OutboxPoster restarted = shipped.app().posts().poster(sink);
        shipped.clock().advance(java.time.Duration.ofMinutes(1));
        restarted.deliverDue();

        assertThat(sink.sends).isEqualTo(2);
        assertThat(sink.in(NEWS)).as("the second send reused the nonce").hasSize(1);
        assertThat(shipped.app()
                        .posts()
                        .outbox()
                        .inChannel(NEWS)
                        .get(0)
                        .progress()
                        .status())
                .isEqualTo(PostStatus.DELIVERED);
    }

    @DisplayName("A failure that cannot be recorded puts the post back to be tried again, not left as being sent")
    @Test
    void unrecordedFailureIsRetried() throws IOException {
        subscribe(NEWS, "RWH");
        sink.broken.put(NEWS, new PostSink.Delivery.Unusable("Missing Permissions (Discord error 50013)"));
        ingest("h.csv", TidyCsv.citing(SOURCE).row("2023-06-junior-doctors,RWH,,inpatient_rescheduled,5"));
        trigger("CREATE TRIGGER refuse BEFORE UPDATE OF status ON posts WHEN NEW.status = 'failed'"
                + " BEGIN SELECT RAISE(ABORT, 'the disk is full'); END");

        assertThat(poster.deliverDue()).isZero();

        assertThat(shipped.app().posts().outbox().inChannel(NEWS))
                .singleElement()
                .satisfies(post -> {
                    assertThat(post.progress().status()).isEqualTo(PostStatus.PENDING);
                    assertThat(post.progress().attempts()).isEqualTo(1);
                });
        trigger("DROP TRIGGER refuse");
        shipped.clock().advance(java.time.Duration.ofSeconds(31));
        poster.deliverDue();
        assertThat(shipped.app().posts().outbox().inChannel(NEWS))
                .first()
                .satisfies(post -> assertThat(post.progress().status()).isEqualTo(PostStatus.FAILED));
    }

    @DisplayName("A backlog for one channel goes out as one summary post, not a flood")
    @Test
    void backlog() throws IOException {
        subscribe(NEWS, "ENG");
        ingest("e1.csv", TidyCsv.citing(SOURCE).row("2023-07-radiographers,ENG,,acute_rescheduled,10"));
        ingest("e2.csv", TidyCsv.citing(SOURCE).row("2024-02-junior-doctors,ENG,,acute_rescheduled,20"));
        ingest("e3.csv", TidyCsv.citing(SOURCE).row("2025-11-resident-doctors,ENG,,acute_rescheduled,30"));

        assertThat(poster.deliverDue()).isEqualTo(1);

        assertThat(sink.in(NEWS)).singleElement().satisfies(reply -> {
            assertThat(reply.title()).isEqualTo("Figures released while posts were waiting: three updates");
            assertThat(reply.text().lines()).hasSize(3);
        });
        assertThat(shipped.app().posts().outbox().inChannel(NEWS))
                .extracting(post -> post.progress().status())
                .containsExactly(PostStatus.MERGED, PostStatus.MERGED, PostStatus.MERGED, PostStatus.DELIVERED);
    }

    @DisplayName("A channel that cannot be posted in is reported where it was subscribed; other channels carry on")
    @Test
    void unusableChannel() throws IOException {
        subscribe(NEWS, "RWH");
        subscribe(DESK, "RWH");
        sink.broken.put(NEWS, new PostSink.Delivery.Unusable("Missing Permissions (Discord error 50013)"));
        ingest("f.csv", TidyCsv.citing(SOURCE).row("2023-06-junior-doctors,RWH,,inpatient_rescheduled,5"));

        poster.deliverDue();
        poster.deliverDue();

        assertThat(sink.in(DESK)).hasSize(2);
        assertThat(sink.in(DESK).get(1).title()).isEqualTo("StrikeDesk could not post");
        assertThat(sink.in(DESK).get(1).text()).contains("<#" + NEWS + ">", "Missing Permissions");
        assertThat(shipped.app().posts().status().status())
                .anySatisfy(f -> assertThat(f.value()).contains("Missing Permissions"));

        ingest("g.csv", TidyCsv.citing(SOURCE).row("2023-06-junior-doctors,RWH,,outpatient_rescheduled,6"));
        poster.deliverDue();
        assertThat(sink.in(DESK)).as("reported once, not on every post").hasSize(3);
    }

    private void trigger(String sql) {
        shipped.app().database().transaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
            return null;
        });
    }
}
