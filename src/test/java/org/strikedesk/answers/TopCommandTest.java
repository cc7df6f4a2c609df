package org.strikedesk.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.Invoker;
import org.strikedesk.commands.Options;
import org.strikedesk.replies.Reply;
import org.strikedesk.support.AppOnShippedData;
import org.strikedesk.support.TidyCsv;

/**
 * {@code /top} from the shipped data. The ranking was worked out by hand from
 * {@code data/figures-trusts-2022-12-rcn.csv}: each trust's inpatient and outpatient rows for 15 and 20 December
 * summed, shares of England's 29,576 (4,567 + 25,009) to one decimal place.
 */
class TopCommandTest {
    @RegisterExtension
    static final AppOnShippedData shipped = AppOnShippedData.forEachTest();

    private Reply top(Map<String, String> options) {
        return shipped.app().commands().handle(CommandRequest.of(TopCommand.NAME, options, Invoker.CONSOLE));
    }

    @DisplayName("December 2022 ranks all 14 trusts with figures, largest first, with shares of England's 29,576")
    @Test
    void december2022() {
        Reply reply = top(Map.of(Options.STRIKE, "2022-12-rcn", Options.LIMIT, "25"));

        assertThat(reply.title())
                .isEqualTo("England: trusts ranked by appointments and procedures rescheduled, nurses' strike, 15 and"
                        + " 20 December 2022");
        assertThat(reply.text().lines().limit(14))
                .containsExactly(
                        "1. Nottingham University Hospitals NHS Trust (RX1): 2,763 (9.3%)",
                        "2. Cambridge University Hospitals NHS Foundation Trust (RGT): 2,409 (8.1%)",
                        "3. Worcestershire Acute Hospitals NHS Trust (RWP): 2,136 (7.2%)",
                        "4. Kettering General Hospital NHS Foundation Trust (RNQ): 2,026 (6.9%)",
                        "5. Guy's and St Thomas' NHS Foundation Trust (RJ1): 1,948 (6.6%)",
                        "6. University Hospitals Birmingham NHS Foundation Trust (RRK): 1,649 (5.6%)",
                        "7. Imperial College Healthcare NHS Trust (RYJ): 1,191 (4.0%)",
                        "8. Bradford Teaching Hospitals NHS Foundation Trust (RAE): 766 (2.6%)",
                        "9. Birmingham Women's and Children's NHS Foundation Trust (RQ3): 624 (2.1%)",
                        "10. Great Ormond Street Hospital for Children NHS Foundation Trust (RP4): 620 (2.1%)",
                        "11. The Royal Marsden NHS Foundation Trust (RPY): 342 (1.2%)",
                        "12. Gateshead Health NHS Foundation Trust (RR7): 278 (0.9%)",
                        "13. Royal Papworth Hospital NHS Foundation Trust (RGM): 74 (0.3%)",
                        "14. The Royal Orthopaedic Hospital NHS Foundation Trust (RRJ): 0 (0.0%)");
        assertThat(reply.text())
                .contains("14 trusts of the ")
                .contains("have a published count for this strike")
                .contains("Shares are of England's total of 29,576.")
                .doesNotContain("Showing the top");
        assertThat(reply.sources()).anyMatch(s -> s.startsWith("Daily Mail, reporting NHS England data"));
    }

    @DisplayName("The default limit is 10, and the reply says more trusts have figures")
    @Test
    void defaultLimit() {
        Reply reply = top(Map.of(Options.STRIKE, "nurses december 2022"));

        assertThat(reply.text().lines().filter(line -> line.matches("=?\\d+\\. .*")))
                .hasSize(10);
        assertThat(reply.text()).contains("Showing the top 10");
        assertThat(top(Map.of(Options.STRIKE, "2022-12-rcn", Options.LIMIT, "3"))
                        .text()
                        .lines()
                        .filter(line -> line.matches("\\d+\\. .*")))
                .hasSize(3);
    }

    @DisplayName("Within a region, by name or code: London's four trusts, the Midlands' six")
    @Test
    void region() {
        Reply london = top(Map.of(Options.STRIKE, "2022-12-rcn", Options.REGION, "London"));

        assertThat(london.title()).startsWith("London: trusts ranked");
        assertThat(london.text().lines().limit(4))
                .containsExactly(
                        "1. Guy's and St Thomas' NHS Foundation Trust (RJ1): 1,948 (6.6%)",
                        "2. Imperial College Healthcare NHS Trust (RYJ): 1,191 (4.0%)",
                        "3. Great Ormond Street Hospital for Children NHS Foundation Trust (RP4): 620 (2.1%)",
                        "4. The Royal Marsden NHS Foundation Trust (RPY): 342 (1.2%)");
        assertThat(london.text()).contains("Four trusts of the ", " in London have a published count");
        Reply midlands = top(Map.of(Options.STRIKE, "2022-12-rcn", Options.REGION, "Y60"));
        assertThat(midlands.text()).contains("Six trusts of the ", " in the Midlands have a published count");
        assertThat(midlands.text().lines().filter(line -> line.matches("\\d+\\. .*")))
                .hasSize(6)
                .first()
                .isEqualTo("1. Nottingham University Hospitals NHS Trust (RX1): 2,763 (9.3%)");
    }

    @DisplayName("Left out, the strike is the latest with trust figures: April 2023, one trust")
    @Test
    void latest() {
        Reply reply = top(Map.of());

        assertThat(reply.title()).endsWith("junior doctors' strike, 11\u201314 April 2023");
        assertThat(reply.text())
                .startsWith("1. East and North Hertfordshire NHS Trust (RWH): 2,247 (1.1%)")
                .contains("One trust of the ")
                .contains("has a published count");
        assertThat(top(Map.of(Options.REGION, "London")).title()).endsWith("15 and 20 December 2022");
    }

    @DisplayName("Equal totals share a rank, and the next rank skips: 1, =2, =2, 4")
    @Test
    void ties() throws IOException {
        TidyCsv.citing("https://example.org/synthetic/tie")
                .row("2022-12-rcn,RWH,,acute_rescheduled,2409", "2023-01-05")
                .importInto(shipped.app(), shipped.folder().resolve("tie.csv"));

        Reply reply = top(Map.of(Options.STRIKE, "2022-12-rcn", Options.LIMIT, "4"));

        assertThat(reply.text().lines().limit(4))
                .containsExactly(
                        "1. Nottingham University Hospitals NHS Trust (RX1): 2,763 (9.3%)",
                        "=2. Cambridge University Hospitals NHS Foundation Trust (RGT): 2,409 (8.1%)",
                        "=2. East and North Hertfordshire NHS Trust (RWH): 2,409 (8.1%)",
                        "4. Worcestershire Acute Hospitals NHS Trust (RWP): 2,136 (7.2%)");
        assertThat(reply.text()).contains("15 trusts of the ");
    }

    @DisplayName("A limit outside 1 to 25, or not a number, is a clear error")
    @ParameterizedTest(name = "limit:{0}")
    @ValueSource(strings = {"0", "26", "-3", "ten", "2.5", "99999999999"})
    void limitOutOfRange(String limit) {
        Reply reply = top(Map.of(Options.LIMIT, limit));

        assertThat(reply.tone()).isEqualTo(Reply.Tone.ERROR);
        assertThat(reply.ephemeral()).isTrue();
        assertThat(reply.text()).startsWith("limit: must be a whole number from 1 to 25");
    }

    @DisplayName("An unknown region lists the regions; a region without trust figures says where they exist")
    @Test
    void regions() {
        Reply unknown = top(Map.of(Options.REGION, "Narnia"));
        assertThat(unknown.tone()).isEqualTo(Reply.Tone.ERROR);
        assertThat(unknown.text()).contains("London (Y56)", "North East and Yorkshire (Y63)");

        Reply none = top(Map.of(Options.REGION, "north west"));
        assertThat(none.tone()).isEqualTo(Reply.Tone.WARNING);
        assertThat(none.text()).isEqualTo("No trust in the North West has published figures yet.");

        Reply notInStrike = top(Map.of(Options.STRIKE, "2023-06-junior-doctors"));
        assertThat(notInStrike.text())
                .contains("No trust has a published count of rescheduled appointments for the junior doctors' strike"
                        + " of 14\u201316 June 2023.")
                .contains("(strike:2022-12-rcn): 14 trusts", "(strike:2023-04-junior-doctors): 1 trust");
    }

    @DisplayName("strike:all is not one strike")
    @Test
    void all() {
        assertThat(top(Map.of(Options.STRIKE, "all")).title()).isEqualTo("One strike, please");
    }
}
