package org.strikedesk.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.Invoker;
import org.strikedesk.replies.Caveats;
import org.strikedesk.replies.Reply;
import org.strikedesk.support.AppOnShippedData;

/** Each command answered from the shipped data, with the figures the sources publish. */
class CommandRepliesTest {
    @RegisterExtension
    static final AppOnShippedData shipped = AppOnShippedData.forClass();

    static Reply ask(String command, Map<String, String> options) {
        return shipped.app().commands().handle(CommandRequest.of(command, options, Invoker.CONSOLE));
    }

    static String all(Reply reply) {
        StringBuilder text = new StringBuilder(reply.title())
                .append('\n')
                .append(reply.text())
                .append('\n');
        reply.fields()
                .forEach(f ->
                        text.append(f.name()).append(": ").append(f.value()).append('\n'));
        reply.sources().forEach(s -> text.append(s).append('\n'));
        return text.append(reply.caveat())
                .append('\n')
                .append(reply.plainText())
                .toString();
    }

    @DisplayName("/cancellations trust:ENHT gives the April 2023 figures from The Comet, with England's share")
    @Test
    void cancellationsEnht() {
        Reply reply = ask("cancellations", Map.of("trust", "ENHT"));

        assertThat(reply.tone()).isEqualTo(Reply.Tone.ANSWER);
        assertThat(reply.title())
                .isEqualTo("East and North Hertfordshire NHS Trust: junior doctors' strike, 11\u201314 April 2023");
        assertThat(reply.text().lines().limit(2))
                .containsExactly(
                        "**2,247** rescheduled \u00b7 1.1% of England's 196,225",
                        "Inpatient and day case **170** \u00b7 Outpatient **2,077** \u00b7 Staff absent **141\u2013160 a"
                                + " day**");
        assertThat(reply.fields()).isEmpty();
        assertThat(reply.sources())
                .singleElement()
                .asString()
                .startsWith("The Comet, reporting NHS England data: https://martini.thecomet.net/");
        assertThat(reply.caveat()).isEqualTo(Caveats.SHORT);
        assertThat(reply.actions()).extracting(Reply.Action::id).endsWith("explain:figures");
    }

    @DisplayName("Every way of naming the trust gives the same answer")
    @Test
    void sameAnswerForEveryName() {
        String expected = all(ask("cancellations", Map.of("trust", "RWH")));
        for (String name :
                new String[] {"rwh", "Lister", "lister hospital", "East and North Herts", "east & north hertfordshire"
                }) {
            assertThat(all(ask("cancellations", Map.of("trust", name))))
                    .as(name)
                    .isEqualTo(expected);
        }
    }

    @DisplayName("/cancellations for a trust in the December 2022 nurses' strike sums its two days")
    @Test
    void summedDays() {
        Reply reply = ask("cancellations", Map.of("trust", "guys and st thomas", "strike", "2022-12-rcn"));

        assertThat(reply.title())
                .isEqualTo("Guy's and St Thomas' NHS Foundation Trust: nurses' strike, 15 and 20" + " December 2022");
        assertThat(reply.text())
                .startsWith(
                        "**1,948** rescheduled \u00b7 6.6% of England's 29,576\nInpatient and day case **276** \u00b7"
                                + " Outpatient **1,672**");
    }

    @DisplayName("/cancellations strike:all lists every strike with figures for the trust")
    @Test
    void everyStrike() {
        Reply reply = ask("cancellations", Map.of("trust", "ENHT", "strike", "all"));

        assertThat(reply.text()).isEqualTo("11\u201314 April 2023, junior doctors' strike: 2,247 rescheduled");
    }

    @DisplayName("An unknown trust gets suggestions, not an error from deep inside")
    @Test
    void unknownTrust() {
        Reply reply = ask("cancellations", Map.of("trust", "Lsiter"));

        assertThat(reply.tone()).isEqualTo(Reply.Tone.ERROR);
        assertThat(reply.ephemeral()).isTrue();
        assertThat(reply.text())
                .contains(
                        "No trust matches \"Lsiter\"",
                        "Lister Hospital: East and North" + " Hertfordshire NHS Trust (RWH)");
    }

    @DisplayName("A trust with no figures says so and where figures can be found")
    @Test
    void noFigures() {
        Reply reply = ask("cancellations", Map.of("trust", "York"));

        assertThat(reply.tone()).isEqualTo(Reply.Tone.WARNING);
        assertThat(reply.text()).contains("York and Scarborough Teaching Hospitals NHS Foundation Trust (RCB)");
    }

    @DisplayName("A strike with no figures for the trust lists the strikes that have them")
    @Test
    void noFiguresInStrike() {
        Reply reply = ask("cancellations", Map.of("trust", "ENHT", "strike", "2022-12-rcn"));

        assertThat(reply.text())
                .contains(
                        "No figures have been published for East and North Hertfordshire NHS Trust"
                                + " in the nurses' strike of 15 and 20 December 2022",
                        "strike:2023-04-junior-doctors");
    }

    @DisplayName("/national gives England's latest published count and says later strikes have none yet")
    @Test
    void nationalLatest() {
        Reply reply = ask("national", Map.of());

        assertThat(reply.title()).isEqualTo("England: resident doctors' strike, 25\u201329 July 2025");
        assertThat(reply.text()).startsWith("**54,095** rescheduled\n");
        assertThat(reply.text())
                .contains("StrikeDesk holds no figures for England in the later resident doctors'"
                        + " strike of 14\u201318 November 2025.");
    }

    @DisplayName("/national for April 2023 gives the revised 196,225 with its split and the peak staff absence")
    @Test
    void nationalApril2023() {
        Reply reply = ask("national", Map.of("strike", "april 2023"));

        assertThat(all(reply))
                .contains(
                        "**196,225** rescheduled\n",
                        "Inpatient and day case **20,470** \u00b7 Outpatient **175,755** \u00b7 Staff absent **27,361 on the"
                                + " peak day**");
    }

    @DisplayName("/national strike:all keeps a running total of acute care rescheduled, from the published counts")
    @Test
    void nationalAll() {
        Reply reply = ask("national", Map.of("strike", "all"));

        assertThat(reply.text())
                .contains("15 and 20 December 2022, nurses' strike: 29,576 (running total 29,576)")
                .contains("11\u201314 April 2023, junior doctors' strike: 196,225 (running total 483,085; NHS England:"
                        + " 483,085)")
                .contains("30 April\u20131 May 2023, nurses' strike: no England count published")
                .contains("Sum of the published counts: 1,432,942 across 25 strikes");
        assertThat(ask("national", Map.of("strike", "all", "page", "2")).text())
                .contains("27 June\u20131 July 2024, junior doctors' strike: 67,034 (running total 1,378,847; NHS"
                        + " England: 1,491,303)")
                .contains("Sum of the published counts: 1,432,942 across 25 strikes");
    }

    @DisplayName("/quote gives one sentence of copy in house style")
    @Test
    void quote() {
        Reply reply = ask("quote", Map.of("trust", "ENHT"));

        assertThat(reply.plainText())
                .isEqualTo("During the junior doctors' strike of 11\u201314 April 2023, 2,247"
                        + " appointments and procedures were rescheduled at East and North Hertfordshire NHS Trust \u2013 170"
                        + " inpatient and day-case procedures and 2,077 outpatient appointments \u2013 according to NHS"
                        + " England data.");
        assertThat(reply.sources()).hasSize(1);
    }

    @DisplayName("/quote for a strike with only an acute total leaves out the split")
    @Test
    void quoteWithoutSplit() {
        Reply reply = ask("quote", Map.of("trust", "england", "strike", "2023-06-junior-doctors"));

        assertThat(reply.plainText())
                .isEqualTo("During the junior doctors' strike of 14\u201316 June 2023, 106,120 appointments and"
                        + " procedures were rescheduled across England, according to NHS England data.");
    }

    @DisplayName("/strikes lists the calendar with which strikes have figures")
    @Test
    void strikes() {
        Reply reply = ask("strikes", Map.of());
        String all = ask("strikes", Map.of("page", "1")).text() + "\n"
                + ask("strikes", Map.of("page", "2")).text();

        assertThat(reply.text().lines()).as("a page and what page it is").hasSize(16);
        assertThat(all)
                .contains(
                        "15 and 20 December 2022: Nurses (RCN); figures for England and 14 trusts" + " [2022-12-rcn]",
                        "14\u201318 November 2025: Resident doctors (BMA); not published yet; overdue since Monday 24"
                                + " November 2025");
        assertThat(ask("strikes", Map.of("group", "nurses")).text().lines()).hasSize(4);
    }

    @DisplayName("/trust shows the directory entry with aliases, sites and figures held")
    @Test
    void trust() {
        Reply reply = ask("trust", Map.of("trust", "Lister"));

        assertThat(reply.title()).isEqualTo("East and North Hertfordshire NHS Trust (RWH)");
        assertThat(all(reply))
                .contains(
                        "Region: East of England",
                        "Status: Open (opened 1 April 2000)",
                        "ENHT",
                        "Lister Hospital (Stevenage)",
                        "junior doctors' strike, 11\u201314 April 2023");
        assertThat(all(ask("trust", Map.of("trust", "RAP")))).contains("Status: Closed on 31 December 2024");
    }

    @DisplayName("/help lists the commands; /status says how fresh the data is")
    @Test
    void helpAndStatus() {
        assertThat(all(ask("help", Map.of())))
                .contains(
                        "/cancellations trust: [strike:]",
                        "/national [strike:]",
                        "/staff trust: [strike:]",
                        "/compare trust: other: [strike:]",
                        "/top [strike:] [region:] [limit:]",
                        "/chart trust: [metric:]");
        assertThat(all(ask("status", Map.of()))).contains("122 figures held", "Version");
    }
}
