package org.strikedesk.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.Invoker;
import org.strikedesk.ingest.ImportReport;
import org.strikedesk.ingest.ImportRoute;
import org.strikedesk.posts.Post;
import org.strikedesk.posts.PostKind;
import org.strikedesk.replies.Reply;
import org.strikedesk.support.AppOnShippedData;

/**
 * Strikes with no figures yet, in replies: expected by a day, or overdue since it. The two strikes are synthetic,
 * added with a strikes file as a newsroom would add a new strike, while StrikeDesk runs; the clock stands at
 * Saturday 28 November 2026, 12:00 UTC.
 */
class ReleaseRepliesTest {
    /** Ends on Friday 20 November 2026: expected by Thursday 26 November, so overdue now. */
    static final String OVERDUE = "2026-11-synthetic-nurses";
    /** Ends on Wednesday 25 November 2026: expected by Tuesday 1 December. */
    static final String EXPECTED = "2026-11-synthetic-doctors";

    static final String STRIKES = "id,staff_group,union,first_day,last_day,days,notes\n"
            + OVERDUE + ",Synthetic nurses,RCN,2026-11-19,2026-11-20,,synthetic strike for tests\n"
            + EXPECTED + ",Synthetic doctors,BMA,2026-11-24,2026-11-25,,synthetic strike for tests\n";

    @RegisterExtension
    static final AppOnShippedData shipped = AppOnShippedData.forEachTest();

    private ImportReport added;

    @BeforeEach
    void addStrikes() throws IOException {
        added = importFile("synthetic-strikes.csv", STRIKES);
    }

    private static ImportReport importFile(String name, String text) throws IOException {
        Path file = Files.writeString(shipped.folder().resolve(name), text);
        return shipped.app().importer().importFile(file, name, ImportRoute.INBOX, "test");
    }

    private static Reply ask(String command, Map<String, String> options) {
        return shipped.app().commands().handle(CommandRequest.of(command, options, Invoker.CONSOLE));
    }

    @DisplayName("A strikes file adds strikes without a restart; the same file again changes nothing")
    @Test
    void strikesFile() throws IOException {
        assertThat(added.summary())
                .isEqualTo("synthetic-strikes.csv: 2 strikes added, 0 changed, 0 unchanged in the strike calendar"
                        + " (import #" + added.id() + ")");
        assertThat(shipped.app().reference().calendar().byId(OVERDUE)).isPresent();
        assertThat(ask("strikes", Map.of("group", "synthetic doctors")).text()).contains("[" + EXPECTED + "]");

        ImportReport again = importFile(
                "synthetic-strikes-2.csv", STRIKES.replace("synthetic strike for tests\n", "synthetic, moved\n"));
        assertThat(again.summary()).contains("0 strikes added, 2 changed");
    }

    @DisplayName("/strikes says when figures are expected, and since when they are overdue")
    @Test
    void strikes() {
        String calendar = ask("strikes", Map.of()).text();

        assertThat(calendar)
                .contains("19\u201320 November 2026: Synthetic nurses (RCN); not published yet; overdue since Thursday"
                        + " 26 November 2026 [" + OVERDUE + "]")
                .contains("24\u201325 November 2026: Synthetic doctors (BMA); not published yet; expected by Tuesday"
                        + " 1 December 2026 [" + EXPECTED + "]");
    }

    @DisplayName("/status lists the figures due; a question about the strike says when they are expected")
    @Test
    void statusAndQuestions() {
        Reply status = ask("status", Map.of());
        Reply question = ask("cancellations", Map.of("trust", "ENHT", "strike", EXPECTED));

        assertThat(status.fields()).anySatisfy(field -> {
            assertThat(field.name()).isEqualTo("Figures due");
            assertThat(field.value())
                    .contains("Synthetic nurses' strike of 19\u201320 November 2026: not published yet; overdue since"
                            + " Thursday 26 November 2026");
        });
        assertThat(question.text())
                .contains("NHS England's figures for it are not published yet; expected by Tuesday 1 December 2026"
                        + " (four working days after the strike ended).");
    }

    @DisplayName("Subscribed channels get one notice when figures become overdue, and only one")
    @Test
    void overdueNotice() {
        shipped.app().posts().subscriptions().add("100000000000000000", "100000000000000001", "ENG", "editor", "");
        shipped.app().posts().subscriptions().add("100000000000000000", "100000000000000002", "RWH", "editor", "");

        int first = shipped.app().posts().oweOverdueNotices();
        shipped.clock().advance(Duration.ofDays(4));
        int later = shipped.app().posts().oweOverdueNotices();
        int again = shipped.app().posts().oweOverdueNotices();

        assertThat(first).as("the nurses' strike, overdue since Thursday").isEqualTo(1);
        assertThat(later)
                .as("the doctors' strike, overdue once Tuesday 1 December is over")
                .isEqualTo(1);
        assertThat(again).isZero();
        assertThat(shipped.app().posts().outbox().inChannel("100000000000000001"))
                .extracting(Post::owed)
                .extracting(owed -> owed.kind(), owed -> owed.payload().title())
                .containsExactly(
                        tuple(
                                PostKind.OVERDUE,
                                "Figures overdue: synthetic nurses' strike of 19\u201320 November 2026"),
                        tuple(
                                PostKind.OVERDUE,
                                "Figures overdue: synthetic doctors' strike of 24\u201325 November 2026"));
        assertThat(shipped.app().posts().outbox().inChannel("100000000000000002"))
                .hasSize(2);
    }
}
