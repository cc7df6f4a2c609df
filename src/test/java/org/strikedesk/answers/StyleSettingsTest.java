package org.strikedesk.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.Invoker;
import org.strikedesk.commands.Options;
import org.strikedesk.config.StrikeDeskConfig;
import org.strikedesk.config.StyleConfig;
import org.strikedesk.replies.Reply;
import org.strikedesk.support.AppOnShippedData;

/** A newsroom that writes "cancelled" in quotes and "per cent" in shares gets them everywhere. */
class StyleSettingsTest {
    @RegisterExtension
    static final AppOnShippedData shipped = AppOnShippedData.forClass()
            .with(StrikeDeskConfig.DEFAULT.withStyle(new StyleConfig("cancelled", "per cent")));

    private static Reply ask(String command, Map<String, String> options) {
        return shipped.app().commands().handle(CommandRequest.of(command, options, Invoker.CONSOLE));
    }

    @DisplayName("/quote and the Quote button say \"were cancelled\"")
    @Test
    void cancelledInQuotes() {
        String expected =
                "During the junior doctors' strike of 11\u201314 April 2023, 2,247 appointments and procedures"
                        + " were cancelled at East and North Hertfordshire NHS Trust \u2013 170 inpatient and day-case"
                        + " procedures and 2,077"
                        + " outpatient appointments \u2013 according to NHS England data.";

        assertThat(ask(QuoteCommand.NAME, Map.of(Options.TRUST, "ENHT")).plainText())
                .isEqualTo(expected);
        assertThat(shipped.app()
                        .actions()
                        .press("quote:RWH:2023-04-junior-doctors", Invoker.CONSOLE)
                        .plainText())
                .isEqualTo(expected);
        assertThat(shipped.app()
                        .actions()
                        .press("post:quote:RWH:2023-04-junior-doctors", Invoker.CONSOLE)
                        .plainText())
                .isEqualTo(expected);
    }

    @DisplayName("Figure cards keep NHS England's term, rescheduled, and write shares in per cent")
    @Test
    void cards() {
        Reply reply = ask(CancellationsCommand.NAME, Map.of(Options.TRUST, "ENHT"));

        assertThat(reply.text()).contains("2,247 appointments and procedures rescheduled");
        assertThat(reply.fields())
                .extracting(Reply.Field::value)
                .contains("1.1 per cent of England's 196,225")
                .noneMatch(value -> value.contains("%"));
    }

    @DisplayName("/top writes shares in per cent")
    @Test
    void top() {
        Reply reply = ask(TopCommand.NAME, Map.of(Options.STRIKE, "2022-12-rcn", Options.LIMIT, "2"));

        assertThat(reply.text().lines().limit(2))
                .containsExactly(
                        "1. Nottingham University Hospitals NHS Trust (RX1): 2,763 (9.3 per cent)",
                        "2. Cambridge University Hospitals NHS Foundation Trust (RGT): 2,409 (8.1 per cent)");
        assertThat(reply.text()).doesNotContain("%");
    }

    @DisplayName("/compare writes shares in per cent")
    @Test
    void compare() {
        Reply reply = ask(
                CompareCommand.NAME,
                Map.of(Options.TRUST, "GSTT", Options.OTHER, "CUH", Options.STRIKE, "2022-12-rcn"));

        assertThat(reply.fields().get(0).value()).contains("Share of England: 6.6 per cent of England's 29,576");
        assertThat(reply.fields().get(1).value()).contains("Share of England: 8.1 per cent of England's 29,576");
    }

    @DisplayName(
            "/story says \"were cancelled\", writes shares in per cent, and says rescheduled is NHS England's term")
    @Test
    void story() {
        String draft = StoryCommandTest.draft(
                ask(StoryCommand.NAME, Map.of(Options.TRUST, "CUH", Options.STRIKE, "2022-12-rcn")));

        assertThat(draft)
                .startsWith("2,409 appointments and procedures cancelled at Cambridge University Hospitals NHS"
                        + " Foundation Trust during nurses' strike\n")
                .contains(
                        "2,409 appointments and procedures were cancelled at Cambridge University Hospitals",
                        "and 8.1 per cent of England's total of 29,576.",
                        "NHS England's own term is \"rescheduled\": it counts appointments and procedures rescheduled"
                                + " because of strikes, called cancelled here.")
                .doesNotContain("%");
    }
}
