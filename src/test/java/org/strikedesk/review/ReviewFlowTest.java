package org.strikedesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.strikedesk.Application;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.Invoker;
import org.strikedesk.ingest.HeldImport;
import org.strikedesk.ingest.ImportReport;
import org.strikedesk.posts.OutboxPoster;
import org.strikedesk.posts.Post;
import org.strikedesk.posts.PostKind;
import org.strikedesk.posts.PostStatus;
import org.strikedesk.replies.HeldNotes;
import org.strikedesk.replies.Reply;
import org.strikedesk.support.AppOnShippedData;
import org.strikedesk.support.RecordingSink;
import org.strikedesk.support.TidyCsv;

/**
 * An import the gate holds, from the moment it arrives to an editor's decision: what replies and posts do while it
 * waits, and after it is approved or rejected. The figures imported are synthetic; the figures they are compared with
 * are the shipped ones (East and North Hertfordshire, RWH: 170 inpatient and 2,077 outpatient in April 2023).
 */
class ReviewFlowTest {
    static final String NEWS = "100000000000000001";
    static final String EDITORS = "100000000000000009";
    static final String EDITORS_ROLE = "100000000000000077";
    static final String GUILD = "100000000000000000";
    static final String SOURCE = "https://example.org/synthetic/review";
    static final String APRIL = "2023-04-junior-doctors";
    static final String JUNE = "2023-06-junior-doctors";

    static final Invoker EDITOR = new Invoker("1300000000000000300", "editor", true, GUILD, NEWS);
    static final Invoker REPORTER = new Invoker("1300000000000000301", "reporter", false, GUILD, NEWS);
    static final Invoker ROLE_EDITOR =
            new Invoker("1300000000000000302", "night editor", false, GUILD, NEWS, Set.of(EDITORS_ROLE));

    @RegisterExtension
    static final AppOnShippedData shipped = AppOnShippedData.forEachTest()
            .with("{\"review\": {\"channel\": \"" + EDITORS + "\", \"role\": \"" + EDITORS_ROLE + "\"}}");

    private RecordingSink sink;
    private OutboxPoster poster;

    @BeforeEach
    void subscribe() {
        sink = new RecordingSink();
        poster = app().posts().poster(sink);
        app().posts().subscriptions().add(GUILD, NEWS, "RWH", "editor (1300000000000000300)", NEWS);
    }

    private static Application app() {
        return shipped.app();
    }

    /** RWH's April inpatient count revised from 170 to 400: a move of 135%, held by the revision rule. */
    private static ImportReport.Held holdRevision() throws IOException {
        ImportReport report = TidyCsv.citing(SOURCE)
                .row(APRIL + ",RWH,,inpatient_rescheduled,400")
                .importInto(app(), shipped.folder().resolve("revised.csv"));
        assertThat(report).as(report.summary()).isInstanceOf(ImportReport.Held.class);
        return (ImportReport.Held) report;
    }

    private static Reply ask(String command, Map<String, String> options, Invoker invoker) {
        return app().commands().handle(CommandRequest.of(command, options, invoker));
    }

    private static Reply press(String id, Invoker invoker) {
        return app().actions().press(id, invoker);
    }

    private List<Post> outbox(String channel) {
        return app().posts().outbox().inChannel(channel);
    }

    @DisplayName("While an import is held, replies give the figures published before with a note, and its posts wait")
    @Test
    void whileHeld() throws IOException {
        ImportReport.Held held = holdRevision();

        Reply card = ask("cancellations", Map.of("trust", "RWH", "strike", APRIL), REPORTER);
        assertThat(card.text()).startsWith("2,247 appointments and procedures rescheduled");
        assertThat(card.fields()).anySatisfy(field -> {
            assertThat(field.name()).isEqualTo(HeldNotes.FIELD);
            assertThat(field.value())
                    .startsWith("A newer figure is held for review, from revised.csv (import #" + held.id()
                            + "), held because: East and North Hertfordshire NHS Trust (RWH) in the junior doctors'"
                            + " strike of 11\u201314 April 2023: inpatient and day case, whole strike revised from 170"
                            + " to 400")
                    .endsWith("Shown here: the figures published before.")
                    .doesNotContain("2,477");
        });
        Reply quote = ask("quote", Map.of("trust", "RWH", "strike", APRIL), REPORTER);
        assertThat(quote.plainText()).as("no quote to paste without reading").isEmpty();
        assertThat(quote.tone()).isEqualTo(Reply.Tone.WARNING);
        assertThat(quote.text()).contains("2,247 appointments and procedures were rescheduled");

        assertThat(outbox(NEWS)).singleElement().satisfies(post -> {
            assertThat(post.owed().kind()).isEqualTo(PostKind.CORRECTION);
            assertThat(post.progress().status()).isEqualTo(PostStatus.HELD);
        });
        poster.deliverDue();
        assertThat(sink.in(NEWS)).isEmpty();
        assertThat(sink.in(EDITORS)).singleElement().satisfies(review -> {
            assertThat(review.title()).isEqualTo("Held for review: revised.csv (import #" + held.id() + ")");
            assertThat(review.fields()).extracting(Reply.Field::name).contains("What looks wrong", "It would change");
            assertThat(review.actions())
                    .extracting(Reply.Action::id)
                    .containsExactly("review:approve:" + held.id(), "review:reject:" + held.id());
        });
    }

    @DisplayName("/review lists what is held to editors, with the buttons; a reporter is refused")
    @Test
    void listed() throws IOException {
        ImportReport.Held held = holdRevision();

        Reply listed = ask("review", Map.of(), ROLE_EDITOR);
        Reply refused = ask("review", Map.of(), REPORTER);

        assertThat(listed.title()).isEqualTo("One import held for review");
        assertThat(listed.fields().get(0).name()).isEqualTo("#" + held.id() + " revised.csv");
        assertThat(listed.fields().get(0).value())
                .contains("command line, by test")
                .contains("revised from 170 to 400");
        assertThat(listed.actions())
                .extracting(Reply.Action::label)
                .containsExactly("Approve #" + held.id(), "Reject #" + held.id());
        assertThat(refused.title()).isEqualTo("Not allowed");
        assertThat(refused.text())
                .isEqualTo("/review is for editors: people who can manage this server (the Manage Server permission)"
                        + " or have the editors' role <@&" + EDITORS_ROLE + ">.");
    }

    @DisplayName("Approve publishes the figures and releases the posts; the decision is kept with who made it")
    @Test
    void approve() throws IOException {
        ImportReport.Held held = holdRevision();

        Reply approved = press("review:approve:" + held.id(), ROLE_EDITOR);
        poster.deliverDue();

        assertThat(approved.title()).isEqualTo("Approved: import #" + held.id());
        assertThat(approved.text())
                .isEqualTo("<@1300000000000000302> approved revised.csv: one figure is now published, and its posts"
                        + " go out.");
        assertThat(approved.ephemeral()).as("the editors' channel sees it").isFalse();
        assertThat(ask("cancellations", Map.of("trust", "RWH", "strike", APRIL), REPORTER)
                        .text())
                .startsWith("2,477 appointments and procedures rescheduled");
        assertThat(sink.in(NEWS))
                .singleElement()
                .satisfies(post -> assertThat(post.fields())
                        .anySatisfy(f -> assertThat(f.value()).isEqualTo("Inpatient and day case: was 170, now 400")));
        HeldImport decided = app().reviews().held().byId(held.id()).orElseThrow();
        assertThat(decided.status()).isEqualTo(HeldImport.Status.APPROVED);
        assertThat(decided.decided().orElseThrow().by()).isEqualTo("night editor (1300000000000000302)");
        assertThat(app().history().latest(1).get(0).standing()).isEqualTo("approved");

        Reply again = press("review:reject:" + held.id(), EDITOR);
        assertThat(again.title()).isEqualTo("Already decided: import #" + held.id());
        assertThat(again.text()).startsWith("Import #" + held.id() + " was approved by night editor");
    }

    @DisplayName("Reject withdraws the figures and the posts for good; they stay in the history")
    @Test
    void reject() throws IOException {
        ImportReport.Held held = holdRevision();

        Reply rejected = press("review:reject:" + held.id(), EDITOR);
        poster.deliverDue();

        assertThat(rejected.title()).isEqualTo("Rejected: import #" + held.id());
        Reply card = ask("cancellations", Map.of("trust", "RWH", "strike", APRIL), REPORTER);
        assertThat(card.text()).startsWith("2,247 appointments and procedures rescheduled");
        assertThat(card.fields()).noneSatisfy(f -> assertThat(f.name()).isEqualTo(HeldNotes.FIELD));
        assertThat(sink.in(NEWS)).isEmpty();
        assertThat(outbox(NEWS))
                .singleElement()
                .satisfies(post -> assertThat(post.progress().status()).isEqualTo(PostStatus.WITHDRAWN));
        assertThat(app().history().latest(1).get(0).standing()).isEqualTo("withdrawn");
        assertThat(ask("review", Map.of(), EDITOR).fields())
                .anySatisfy(
                        f -> assertThat(f.value()).contains("revised.csv: rejected by editor (1300000000000000300)"));
    }

    @DisplayName("A reporter may not approve or reject; nothing changes")
    @Test
    void reporterRefused() throws IOException {
        ImportReport.Held held = holdRevision();

        Reply refused = press("review:approve:" + held.id(), REPORTER);

        assertThat(refused.tone()).isEqualTo(Reply.Tone.ERROR);
        assertThat(refused.ephemeral()).isTrue();
        assertThat(refused.text()).contains("Manage Server").contains("<@&" + EDITORS_ROLE + ">");
        assertThat(app().reviews().held().waiting()).extracting(HeldImport::id).containsExactly(held.id());
        assertThat(press("review:approve:999", EDITOR).title()).isEqualTo("Not held");
    }

    @DisplayName("Figures for a strike with none published yet are held too; the reply says they are waiting")
    @Test
    void nothingPublishedYet() throws IOException {
        ImportReport report = TidyCsv.citing(SOURCE)
                .row(JUNE + ",RWH,,staff_absent_max,900")
                .importInto(app(), shipped.folder().resolve("staff.csv"));

        Reply reply = ask("cancellations", Map.of("trust", "RWH", "strike", JUNE), REPORTER);

        assertThat(report).isInstanceOf(ImportReport.Held.class);
        assertThat(reply.title()).isEqualTo("No figures for this strike");
        assertThat(reply.fields())
                .anySatisfy(f -> assertThat(f.value())
                        .startsWith("A newer figure is held for review, from staff.csv")
                        .endsWith("StrikeDesk shows them once an editor approves them."));
    }

    @DisplayName("An import that revised the same figure while one waited wins: approving the older one changes"
            + " nothing, and its waiting posts are withdrawn")
    @Test
    void overtaken() throws IOException {
        ImportReport.Held held = holdRevision();
        ImportReport later = TidyCsv.citing(SOURCE)
                .row(APRIL + ",RWH,,inpatient_rescheduled,180")
                .importInto(app(), shipped.folder().resolve("later.csv"));

        press("review:approve:" + held.id(), EDITOR);

        assertThat(later).isInstanceOf(ImportReport.Imported.class);
        assertThat(ask("cancellations", Map.of("trust", "RWH", "strike", APRIL), REPORTER)
                        .text())
                .startsWith("2,257 appointments");
        assertThat(outbox(NEWS))
                .filteredOn(post -> held.id() == post.owed().importId())
                .extracting(post -> post.progress().status())
                .containsOnly(PostStatus.WITHDRAWN);
    }
}
