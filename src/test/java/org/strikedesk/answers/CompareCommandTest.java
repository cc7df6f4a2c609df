package org.strikedesk.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.CommandSpec;
import org.strikedesk.commands.Completion;
import org.strikedesk.commands.Invoker;
import org.strikedesk.commands.Options;
import org.strikedesk.replies.Caveats;
import org.strikedesk.replies.Reply;
import org.strikedesk.support.AppOnShippedData;

/**
 * {@code /compare} from the shipped data. Expected values are worked out by hand from
 * {@code data/figures-trusts-2022-12-rcn.csv} (each trust's two days summed) and {@code data/figures-england.csv}.
 */
class CompareCommandTest {
    @RegisterExtension
    static final AppOnShippedData shipped = AppOnShippedData.forClass();

    static Reply compare(Map<String, String> options) {
        return shipped.app().commands().handle(CommandRequest.of(CompareCommand.NAME, options, Invoker.CONSOLE));
    }

    @DisplayName("GSTT and CUH in December 2022, side by side: 1,948 (276 + 1,672) against 2,409 (255 + 2,154)")
    @Test
    void gsttAndCuh() {
        Reply reply = compare(Map.of(Options.TRUST, "GSTT", Options.OTHER, "CUH", Options.STRIKE, "2022-12-rcn"));

        assertThat(reply.tone()).isEqualTo(Reply.Tone.ANSWER);
        assertThat(reply.title()).isEqualTo("Compared: nurses' strike, 15 and 20 December 2022");
        assertThat(reply.fields().get(0).name()).isEqualTo("Guy's and St Thomas' NHS Foundation Trust (RJ1)");
        assertThat(reply.fields().get(0).value())
                .isEqualTo("Rescheduled: 1,948\nInpatient and day case: 276\nOutpatient: 1,672\n"
                        + "Share of England: 6.6% of England's 29,576");
        assertThat(reply.fields().get(1).name()).isEqualTo("Cambridge University Hospitals NHS Foundation Trust (RGT)");
        assertThat(reply.fields().get(1).value())
                .isEqualTo("Rescheduled: 2,409\nInpatient and day case: 255\nOutpatient: 2,154\n"
                        + "Share of England: 8.1% of England's 29,576");
        assertThat(reply.fields()).allSatisfy(field -> assertThat(field.value()).doesNotContain("Staff absent"));
        assertThat(reply.fields().subList(0, 2)).allMatch(Reply.Field::inline);
        assertThat(reply.text())
                .isEqualTo("Cambridge University Hospitals NHS Foundation Trust rescheduled 461 more appointments and"
                        + " procedures than Guy's and St Thomas' NHS Foundation Trust during the nurses' strike of 15"
                        + " and 20 December 2022: 2,409 against 1,948.");
        assertThat(reply.sources()).anyMatch(s -> s.startsWith("Daily Mail, reporting NHS England data"));
        assertThat(reply.caveat()).contains("rescheduled");
        assertThat(reply.actions()).extracting(Reply.Action::id).containsExactly("explain:figures");
    }

    @DisplayName("Left out, the strike is the latest with figures for both")
    @Test
    void latestInCommon() {
        Reply reply = compare(Map.of(Options.TRUST, "Guy's and St Thomas'", Options.OTHER, "RGT"));

        assertThat(reply.title()).isEqualTo("Compared: nurses' strike, 15 and 20 December 2022");
    }

    @DisplayName("A trust against England shows staff absent for both, and England's share as its own total")
    @Test
    void trustAndEngland() {
        Reply reply = compare(Map.of(Options.TRUST, "ENHT", Options.OTHER, "england"));

        assertThat(reply.title()).isEqualTo("Compared: junior doctors' strike, 11\u201314 April 2023");
        assertThat(reply.fields().get(0).value())
                .contains(
                        "Rescheduled: 2,247",
                        "Staff absent: between 141 and 160 a day",
                        "Share of England: 1.1% of England's 196,225");
        assertThat(reply.fields().get(1).value())
                .contains(
                        "Rescheduled: 196,225",
                        "Inpatient and day case: 20,470",
                        "Outpatient: 175,755",
                        "Staff absent: 27,361 on the peak day",
                        "Share of England: England's own total");
        assertThat(reply.caveat()).isEqualTo(Caveats.SHORT);
    }

    @DisplayName("With no strike in common, it says so and lists each one's strikes")
    @Test
    void noneInCommon() {
        Reply reply = compare(Map.of(Options.TRUST, "GSTT", Options.OTHER, "Lister"));

        assertThat(reply.tone()).isEqualTo(Reply.Tone.WARNING);
        assertThat(reply.title()).isEqualTo("No strike in common");
        assertThat(reply.text())
                .contains("Guy's and St Thomas' NHS Foundation Trust has figures for:\n\u2022 nurses' strike, 15 and"
                        + " 20 December 2022 (strike:2022-12-rcn)")
                .contains("East and North Hertfordshire NHS Trust has figures for:\n\u2022 junior doctors' strike,"
                        + " 11\u201314 April 2023 (strike:2023-04-junior-doctors)");
    }

    @DisplayName("A named strike one of them has no figures for is explained, not compared")
    @Test
    void notBoth() {
        Reply reply = compare(Map.of(Options.TRUST, "ENHT", Options.OTHER, "CUH", Options.STRIKE, "april 2023"));

        assertThat(reply.tone()).isEqualTo(Reply.Tone.WARNING);
        assertThat(reply.text())
                .startsWith("No figures have been published for Cambridge University Hospitals NHS Foundation Trust"
                        + " in the junior doctors' strike of 11\u201314 April 2023.");
    }

    @DisplayName("The same trust twice, strike:all and unknown names are errors that explain")
    @Test
    void mistakes() {
        assertThat(compare(Map.of(Options.TRUST, "RWH", Options.OTHER, "Lister"))
                        .title())
                .isEqualTo("Two different trusts, please");
        assertThat(compare(Map.of(Options.TRUST, "GSTT", Options.OTHER, "CUH", Options.STRIKE, "all"))
                        .title())
                .isEqualTo("One strike, please");
        Reply unknown = compare(Map.of(Options.TRUST, "GSTT", Options.OTHER, "Lsiter"));
        assertThat(unknown.tone()).isEqualTo(Reply.Tone.ERROR);
        assertThat(unknown.text()).contains("No trust matches \"Lsiter\"");
    }

    @DisplayName("Both trust options are autocompleted")
    @Test
    void spec() {
        CommandSpec spec = shipped.app().commands().spec(CompareCommand.NAME).orElseThrow();

        assertThat(spec.option(Options.TRUST).orElseThrow().completion()).isEqualTo(Completion.TRUST);
        assertThat(spec.option(Options.OTHER).orElseThrow().completion()).isEqualTo(Completion.TRUST);
        assertThat(spec.option(Options.OTHER).orElseThrow().required()).isTrue();
    }
}
