package org.strikedesk.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikedesk.Application;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.Invoker;
import org.strikedesk.ingest.ImportReport;
import org.strikedesk.ingest.ImportRoute;
import org.strikedesk.replies.HeldNotes;
import org.strikedesk.replies.Reply;
import org.strikedesk.support.MutableClock;
import org.strikedesk.support.TestApplications;
import org.strikedesk.support.TidyCsv;

/**
 * Two StrikeDesks on one store, as the bot and an import from cron, or the processes of two shard ranges: what one
 * imports reaches the other's answers, which it keeps in memory, once it has read the store's data version.
 */
class DataVersionTest {
    private static final CommandRequest ENHT = CommandRequest.of(
            "cancellations", Map.of("trust", "ENHT", "strike", "2023-04-junior-doctors"), Invoker.CONSOLE);

    @DisplayName("An import by another process reaches the answers once the data version is read")
    @Test
    void anotherProcessImports(@TempDir Path folder) throws IOException {
        MutableClock clock = new MutableClock(TestApplications.NOW);
        try (Application bot = TestApplications.open(folder, clock);
                Application cron = TestApplications.open(folder, clock, TestApplications.WITHOUT_GATE)) {
            assertThat(bot.dataVersion().check()).as("the first reading").isTrue();
            assertThat(bot.commands().handle(ENHT).text()).startsWith("**2,247** rescheduled");
            assertThat(bot.dataVersion().check()).as("nothing changed").isFalse();

            // Synthetic: a revision of East and North Hertfordshire's inpatient figure, 170 in the shipped data.
            TidyCsv.citing("https://example.org/synthetic/revision")
                    .row("2023-04-junior-doctors,RWH,,inpatient_rescheduled,171", "2023-04-20")
                    .importInto(cron, folder.resolve("revision.csv"));

            assertThat(bot.commands().handle(ENHT).text())
                    .as("until the version is read, the answer kept stands")
                    .startsWith("**2,247** rescheduled");
            assertThat(bot.dataVersion().check()).isTrue();
            // 171 inpatient + 2,077 outpatient.
            assertThat(bot.commands().handle(ENHT).text())
                    .startsWith("**2,248** rescheduled")
                    .contains("Inpatient and day case **171**");
        }
    }

    @DisplayName("A held import, and an editor's approval of it, by another process reach the answers")
    @Test
    void anotherProcessHoldsAndApproves(@TempDir Path folder) throws IOException {
        MutableClock clock = new MutableClock(TestApplications.NOW);
        try (Application bot = TestApplications.open(folder, clock);
                Application editors = TestApplications.open(folder, clock)) {
            bot.dataVersion().check();
            assertThat(bot.commands().handle(ENHT).text()).startsWith("**2,247** rescheduled");

            // Synthetic: RWH's April inpatient count revised from 170 to 400, a move the revision rule holds.
            ImportReport report = TidyCsv.citing("https://example.org/synthetic/review")
                    .row("2023-04-junior-doctors,RWH,,inpatient_rescheduled,400")
                    .importInto(editors, folder.resolve("revised.csv"));
            assertThat(report).isInstanceOf(ImportReport.Held.class);

            assertThat(bot.dataVersion().check()).as("the held import").isTrue();
            Reply whileHeld = bot.commands().handle(ENHT);
            assertThat(whileHeld.text()).startsWith("**2,247** rescheduled");
            assertThat(whileHeld.fields()).extracting(Reply.Field::name).contains(HeldNotes.FIELD);

            editors.actions().press("review:approve:" + report.id(), Invoker.CONSOLE);

            assertThat(bot.dataVersion().check()).as("the approval").isTrue();
            // 400 inpatient + 2,077 outpatient.
            assertThat(bot.commands().handle(ENHT).text()).startsWith("**2,477** rescheduled");
        }
    }

    @DisplayName("A change to the strike calendar by another process reaches the calendar the answers use")
    @Test
    void anotherProcessChangesTheCalendar(@TempDir Path folder) throws IOException {
        MutableClock clock = new MutableClock(TestApplications.NOW);
        try (Application bot = TestApplications.open(folder, clock);
                Application cron = TestApplications.open(folder, clock)) {
            bot.dataVersion().check();
            String synthetic = "2026-12-synthetic-doctors";
            Path strikes = Files.writeString(
                    folder.resolve("strikes.csv"),
                    "id,staff_group,union,first_day,last_day,days,notes\n" + synthetic
                            + ",Synthetic doctors,BMA,2026-12-01,2026-12-02,,synthetic strike for tests\n");
            cron.importer().importFile(strikes, "strikes.csv", ImportRoute.INBOX, "test");

            assertThat(bot.reference().calendar().byId(synthetic)).isEmpty();
            assertThat(bot.dataVersion().check()).isTrue();
            assertThat(bot.reference().calendar().byId(synthetic)).isPresent();
        }
    }
}
