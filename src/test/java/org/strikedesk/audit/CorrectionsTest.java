package org.strikedesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.Invoker;
import org.strikedesk.ingest.ImportReport;
import org.strikedesk.posts.OutboxPoster;
import org.strikedesk.replies.Reply;
import org.strikedesk.support.AppOnShippedData;
import org.strikedesk.support.RecordingSink;
import org.strikedesk.support.TidyCsv;

/**
 * When a figure people were shown is revised, StrikeDesk names who used the old value: a correction notice in the
 * editors' channel and {@code /corrections}. The revisions are synthetic; the figures revised are the shipped ones
 * for East and North Hertfordshire (RWH) in April 2023: 170 inpatient, 2,077 outpatient.
 */
class CorrectionsTest {
    static final String GUILD = "1300000000000000200";
    static final String NEWS = "1300000000000000201";
    static final String DESK = "1300000000000000202";
    static final String EDITORS = "1300000000000000209";
    static final String SOURCE = "https://example.org/synthetic/revision";
    static final Invoker ALICE = new Invoker("1300000000000000301", "alice", false, GUILD, NEWS);
    static final Invoker BOB = new Invoker("1300000000000000302", "bob", false, GUILD, DESK);

    @RegisterExtension
    static final AppOnShippedData shipped =
            AppOnShippedData.forEachTest().with("{\"review\": {\"channel\": \"" + EDITORS + "\"}}");

    private RecordingSink sink;
    private OutboxPoster poster;

    @BeforeEach
    void poster() {
        sink = new RecordingSink();
        poster = shipped.app().posts().poster(sink);
    }

    private static Reply ask(String command, Map<String, String> options, Invoker invoker) {
        return shipped.app().commands().handle(CommandRequest.of(command, options, invoker));
    }

    private static ImportReport revise(String name, String row) throws IOException {
        return TidyCsv.citing(SOURCE)
                .row(row)
                .importInto(shipped.app(), shipped.folder().resolve(name));
    }

    @DisplayName("A revision after pulls by two people in two channels names both, with the figure, old and new")
    @Test
    void twoPeopleTwoChannels() throws IOException {
        ask("cancellations", Map.of("trust", "ENHT"), ALICE);
        shipped.clock().advance(Duration.ofMinutes(5));
        ask("quote", Map.of("trust", "Lister"), BOB);
        ask("quote", Map.of("trust", "Lister"), BOB);
        ask("staff", Map.of("trust", "ENHT"), Invoker.console("carol"));

        shipped.clock().advance(Duration.ofHours(1));
        ImportReport report = revise("revised.csv", "2023-04-junior-doctors,RWH,,inpatient_rescheduled,200");
        poster.deliverDue();

        assertThat(report).isInstanceOf(ImportReport.Imported.class);
        assertThat(sink.in(EDITORS)).singleElement().satisfies(notice -> {
            assertThat(notice.title())
                    .isEqualTo("Figures people used were revised: revised.csv (import #" + report.id() + ")");
            assertThat(notice.text()).startsWith("One figure was revised after StrikeDesk showed the old value.");
            assertThat(notice.fields()).singleElement().satisfies(field -> {
                assertThat(field.name())
                        .isEqualTo("East and North Hertfordshire NHS Trust: inpatient and day case, whole strike,"
                                + " junior doctors' strike of 11\u201314 April 2023");
                assertThat(field.value())
                        .isEqualTo("Was 170, now 200 (import #" + report.id() + ", 28 November 2026, 13:05). Shown"
                                + " to <@1300000000000000301> in <#" + NEWS + "> (once, last 28 November 2026, 12:00);"
                                + " <@1300000000000000302> in <#" + DESK + "> (twice, last 28 November 2026, 12:05).");
            });
        });
        assertThat(ask("corrections", Map.of(), Invoker.console("editor")).fields())
                .extracting(Reply.Field::value)
                .singleElement()
                .asString()
                .contains("<@1300000000000000301> in <#" + NEWS + ">")
                .doesNotContain("carol");
    }

    @DisplayName("Pulls already written are counted per person and channel across the sets of figures that showed one")
    @Test
    void writtenPullsAcrossSets() throws IOException {
        ask("cancellations", Map.of("trust", "ENHT"), ALICE);
        shipped.clock().advance(Duration.ofMinutes(5));
        ask("quote", Map.of("trust", "Lister"), BOB);
        ask("cancellations", Map.of("trust", "ENHT"), BOB);
        shipped.app().audit().pulls().flush();
        assertThat(shipped.app().audit().pulls().unwritten()).isEmpty();

        shipped.clock().advance(Duration.ofHours(1));
        ImportReport report = revise("revised.csv", "2023-04-junior-doctors,RWH,,inpatient_rescheduled,200");
        poster.deliverDue();

        assertThat(sink.in(EDITORS))
                .singleElement()
                .satisfies(notice -> assertThat(notice.fields().get(0).value())
                        .isEqualTo("Was 170, now 200 (import #" + report.id() + ", 28 November 2026, 13:05). Shown"
                                + " to <@1300000000000000301> in <#" + NEWS + "> (once, last 28 November 2026, 12:00);"
                                + " <@1300000000000000302> in <#" + DESK + "> (twice, last 28 November 2026, 12:05)."));
    }

    @DisplayName("Only people shown the old value are named: not those shown another figure, nor an earlier value")
    @Test
    void onlyTheOldValue() throws IOException {
        ask("staff", Map.of("trust", "ENHT"), ALICE);
        revise("first.csv", "2023-04-junior-doctors,RWH,,inpatient_rescheduled,180");
        ask("cancellations", Map.of("trust", "ENHT"), BOB);

        ImportReport second = revise("second.csv", "2023-04-junior-doctors,RWH,,inpatient_rescheduled,190");
        poster.deliverDue();

        assertThat(sink.in(EDITORS)).singleElement().satisfies(notice -> {
            assertThat(notice.title()).endsWith("(import #" + second.id() + ")");
            assertThat(notice.fields().get(0).value())
                    .startsWith("Was 180, now 190")
                    .contains("<@1300000000000000302>")
                    .doesNotContain("<@1300000000000000301>");
        });
    }

    @DisplayName("Approving a held revision names who used the old value, as an import would")
    @Test
    void approvedRevision() throws IOException {
        ask("cancellations", Map.of("trust", "ENHT"), ALICE);
        ImportReport held = revise("held.csv", "2023-04-junior-doctors,RWH,,inpatient_rescheduled,400");
        assertThat(held).isInstanceOf(ImportReport.Held.class);

        shipped.app().actions().press("review:approve:" + held.id(), Invoker.console("editor"));

        assertThat(shipped.app().audit().corrections().latest(5))
                .singleElement()
                .satisfies(correction -> {
                    assertThat(correction.importId()).isEqualTo(held.id());
                    assertThat(correction.oldValue()).isEqualTo(170);
                    assertThat(correction.newValue()).isEqualTo(400);
                    assertThat(correction.users())
                            .extracting(use -> use.who().userId())
                            .containsExactly("1300000000000000301");
                });
    }

    @DisplayName("A revision nobody had been shown gives no notice; corrections older than audit.keep are deleted")
    @Test
    void nobodyAndForgotten() throws IOException {
        revise("quiet.csv", "2023-04-junior-doctors,RWH,,outpatient_rescheduled,2100");
        ask("cancellations", Map.of("trust", "ENHT"), ALICE);
        revise("noticed.csv", "2023-04-junior-doctors,RWH,,outpatient_rescheduled,2110");
        poster.deliverDue();
        assertThat(sink.in(EDITORS)).hasSize(1);

        shipped.clock().advance(Duration.ofDays(181));
        shipped.app().audit().forget();

        assertThat(shipped.app().audit().corrections().latest(5)).isEmpty();
        assertThat(ask("corrections", Map.of(), Invoker.console("editor")).title())
                .isEqualTo("No corrections");
    }
}
