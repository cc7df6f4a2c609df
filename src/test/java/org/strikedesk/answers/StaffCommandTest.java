package org.strikedesk.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.Invoker;
import org.strikedesk.commands.Options;
import org.strikedesk.replies.Caveats;
import org.strikedesk.replies.Reply;
import org.strikedesk.support.AppOnShippedData;
import org.strikedesk.support.TidyCsv;

/** {@code /staff} from the shipped data, and from a synthetic file with a count for every day. */
class StaffCommandTest {
    @RegisterExtension
    static final AppOnShippedData shipped = AppOnShippedData.forEachTest();

    private Reply staff(Map<String, String> options) {
        return shipped.app().commands().handle(CommandRequest.of(StaffCommand.NAME, options, Invoker.CONSOLE));
    }

    @DisplayName("England in December 2022: 9,999 on 15 December, and plainly no figure for 20 December")
    @Test
    void englandByDay() {
        Reply reply = staff(Map.of(Options.TRUST, "england", Options.STRIKE, "2022-12-rcn"));

        assertThat(reply.tone()).isEqualTo(Reply.Tone.ANSWER);
        assertThat(reply.title()).isEqualTo("England: staff absent, nurses' strike, 15 and 20 December 2022");
        assertThat(reply.text())
                .startsWith("**9,999** staff absent on 15 December 2022\n")
                .contains("15 December 2022: 9,999 (the only day with a figure)")
                .contains("20 December 2022: no figure published")
                .contains(
                        "Partial: no figure was published for 20 December, so the peak and lowest are of the days that have"
                                + " one.");
        assertThat(reply.sources()).singleElement().asString().startsWith("NewsChain, reporting NHS England data");
        assertThat(reply.caveat()).isEqualTo(Caveats.STAFF).contains("staff-days, not people");
    }

    @DisplayName("ENHT: only the peak and lowest days were published, between 141 and 160 a day")
    @Test
    void peakAndLowestOnly() {
        Reply reply = staff(Map.of(Options.TRUST, "ENHT"));

        assertThat(reply.title())
                .isEqualTo(
                        "East and North Hertfordshire NHS Trust: staff absent, junior doctors' strike, 11\u201314 April"
                                + " 2023");
        assertThat(reply.text())
                .startsWith(
                        "**141\u2013160** staff absent a day\nOnly the peak and lowest days were published, not which"
                                + " days they were.");
        assertThat(reply.fields()).isEmpty();
        assertThat(reply.caveat()).contains("staff-days, not people");
    }

    @DisplayName("Left out, the strike is the latest with staff figures: England's peak of 23,001 in June 2024")
    @Test
    void latestWithStaffFigures() {
        Reply reply = staff(Map.of(Options.TRUST, "eng"));

        assertThat(reply.text())
                .startsWith("**23,001** staff absent on the peak day\nOnly the peak day was published, not which day it"
                        + " was.");
    }

    @DisplayName("Each day's count is listed, the peak and lowest marked, a missing day said plainly")
    @Test
    void everyDayMarked() throws IOException {
        importFile(
                "2023-04-junior-doctors,RX1,2023-04-11,staff_absent,310",
                "2023-04-junior-doctors,RX1,2023-04-12,staff_absent,355",
                "2023-04-junior-doctors,RX1,2023-04-13,staff_absent,290");

        Reply reply = staff(Map.of(Options.TRUST, "NUH", Options.STRIKE, "april 2023"));

        assertThat(reply.text().lines())
                .startsWith(
                        "**290\u2013355** staff absent a day",
                        "11 April 2023: 310",
                        "12 April 2023: 355 (peak)",
                        "13 April 2023: 290 (lowest)",
                        "14 April 2023: no figure published");
        assertThat(reply.text()).contains("Partial: no figure was published for 14 April, so the peak");
    }

    @DisplayName("strike:all lists every strike with staff figures, one line each")
    @Test
    void everyStrike() {
        Reply reply = staff(Map.of(Options.TRUST, "england", Options.STRIKE, "all"));

        assertThat(reply.text().lines()).hasSize(9);
        assertThat(reply.text())
                .contains("15 and 20 December 2022, nurses' strike: 9,999 on 15 December 2022 (no figure for 20"
                        + " December)")
                .contains("11\u201314 April 2023, junior doctors' strike: 27,361 on the peak day");
    }

    @DisplayName("A strike with figures but no staff count says so and lists the strikes that have one")
    @Test
    void noStaffInStrike() {
        Reply reply = staff(Map.of(Options.TRUST, "england", Options.STRIKE, "2023-06-junior-doctors"));

        assertThat(reply.tone()).isEqualTo(Reply.Tone.WARNING);
        assertThat(reply.text())
                .contains("No count of staff absent has been published for England in the junior doctors' strike of"
                        + " 14\u201316 June 2023")
                .contains("(strike:2024-06-junior-doctors)");
    }

    @DisplayName("A trust with figures but never a staff count, and a trust with no figures, get warnings")
    @Test
    void noStaffAtAll() {
        assertThat(staff(Map.of(Options.TRUST, "GSTT")).title())
                .isEqualTo("No staff figures for Guy's and St Thomas'" + " NHS Foundation Trust");
        assertThat(staff(Map.of(Options.TRUST, "York")).title()).startsWith("No figures for York");
    }

    @DisplayName("The reply offers a chart of staff absent across strikes")
    @Test
    void chartButton() {
        assertThat(staff(Map.of(Options.TRUST, "ENHT")).actions())
                .extracting(Reply.Action::id)
                .containsExactly("chart:RWH:staff", "explain:figures");
    }

    private void importFile(String... rows) throws IOException {
        TidyCsv csv = TidyCsv.citing("https://example.org/synthetic/staff");
        for (String row : rows) {
            csv.row(row, "2023-04-20");
        }
        csv.importInto(shipped.app(), shipped.folder().resolve("staff.csv"));
    }
}
