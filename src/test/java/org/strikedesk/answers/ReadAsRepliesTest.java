package org.strikedesk.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.Invoker;
import org.strikedesk.replies.Reply;
import org.strikedesk.support.AppOnShippedData;

/**
 * Every reply to a trust named by a hospital, initials or part of its name says which trust it was read as; a name
 * two trusts fit about as well is asked back, never answered for one of them.
 */
class ReadAsRepliesTest {
    @RegisterExtension
    static final AppOnShippedData shipped = AppOnShippedData.forClass();

    private static final String ST_THOMAS =
            "Read \u201cst thomas\u201d as Guy's and St Thomas' NHS Foundation Trust (RJ1), by its hospital St Thomas'.";

    private static Reply ask(String command, Map<String, String> options) {
        return shipped.app().commands().handle(CommandRequest.of(command, options, Invoker.CONSOLE));
    }

    @DisplayName("Each figures command says how a hospital's name was read, on the last line of its text")
    @ParameterizedTest(name = "/{0}")
    @CsvSource({"cancellations", "staff", "quote", "story", "export", "chart", "trust"})
    void eachCommand(String command) {
        Reply byHospital = ask(command, Map.of("trust", "st thomas"));
        Reply byCode = ask(command, Map.of("trust", "RJ1"));

        assertThat(byHospital.text().lines()).last().isEqualTo(ST_THOMAS);
        assertThat(byCode.text()).doesNotContain("Read \u201c");
        assertThat(byHospital.text()).isEqualTo(byCode.text().isEmpty() ? ST_THOMAS : byCode.text() + "\n" + ST_THOMAS);
    }

    @DisplayName("/compare says how each of its two trusts was read")
    @Test
    void compare() {
        Reply reply = ask("compare", Map.of("trust", "st thomas", "other", "addenbrookes"));

        assertThat(reply.text().lines())
                .endsWith(
                        ST_THOMAS,
                        "Read \u201caddenbrookes\u201d as Cambridge University Hospitals NHS Foundation Trust (RGT), by"
                                + " its hospital Addenbrooke's.");
    }

    @DisplayName("A quote read from a hospital's name keeps the same sentence to copy; the line goes with its source")
    @Test
    void quoteStaysCopyable() {
        Reply byHospital = ask("quote", Map.of("trust", "st thomas"));
        Reply byCode = ask("quote", Map.of("trust", "RJ1"));

        assertThat(byHospital.plainText()).isNotEmpty().isEqualTo(byCode.plainText());
        assertThat(byHospital.text()).isEqualTo(ST_THOMAS);
        assertThat(byHospital.sources()).isEqualTo(byCode.sources());
    }

    @DisplayName("A name two trusts fit about as well is asked back with a menu of them, and no figures")
    @Test
    void nearTieAsked() {
        Reply reply = ask("cancellations", Map.of("trust", "st georges"));

        assertThat(reply.title()).isEqualTo("Which trust?");
        assertThat(reply.shown()).isEmpty();
        assertThat(reply.menus())
                .singleElement()
                .satisfies(menu -> assertThat(menu.options())
                        .extracting(Reply.Option::value)
                        .startsWith("RRE", "RJ7", "RX4"));
    }
}
