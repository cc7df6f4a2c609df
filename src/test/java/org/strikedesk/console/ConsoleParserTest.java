package org.strikedesk.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strikedesk.commands.Invoker;
import org.strikedesk.support.AppOnShippedData;

class ConsoleParserTest {
    @RegisterExtension
    static final AppOnShippedData shipped = AppOnShippedData.forClass();

    private static ConsoleParser parser;

    @BeforeAll
    static void open() {
        parser = new ConsoleParser(shipped.app().commands());
    }

    @DisplayName("Commands typed as in Discord are read into options")
    @Test
    void options() {
        assertThat(parser.parse("/cancellations trust:ENHT", Invoker.CONSOLE)
                        .request()
                        .options())
                .isEqualTo(Map.of("trust", "ENHT"));
        assertThat(parser.parse("/cancellations trust:\"east and north herts\" strike:april 2023", Invoker.CONSOLE)
                        .request()
                        .options())
                .isEqualTo(Map.of("trust", "east and north herts", "strike", "april 2023"));
        assertThat(parser.parse("cancellations trust:Guy's and St Thomas'", Invoker.CONSOLE)
                        .request()
                        .options())
                .isEqualTo(Map.of("trust", "Guy's and St Thomas'"));
        assertThat(parser.parse("/national", Invoker.CONSOLE).request().options())
                .isEmpty();
    }

    @DisplayName("Lines that are not commands get one sentence saying what to type")
    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "/nope | There is no /nope command",
                "/cancellations town:York | /cancellations does not understand \"town:York\"; its options are trust, strike",
                "'' | Type a command such as /cancellations trust:ENHT"
            })
    void problems(String line, String message) {
        ConsoleParser.Parsed parsed = parser.parse(line, Invoker.CONSOLE);

        assertThat(parsed.request()).isNull();
        assertThat(parsed.problem()).startsWith(message);
    }
}
