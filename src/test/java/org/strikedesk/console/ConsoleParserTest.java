package org.strikedesk.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
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

    @DisplayName("Command and option names may be typed in any case; a quoted value may hold a word and a colon")
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/Cancellations trust:ENHT | cancellations | trust=ENHT",
                "/QUOTE Trust:ENHT STRIKE:april 2023 | quote | trust=ENHT; strike=april 2023",
                "/trust trust:\"Note: Lister\" | trust | trust=Note: Lister",
                "/cancellations trust:\"a \\\"b\\\" c\" strike:latest | cancellations | trust=a \"b\" c;"
                        + " strike=latest",
                "/cancellations trust:Guy's and St Thomas' at 10:30 | cancellations | trust=Guy's and St Thomas'"
                        + " at 10:30"
            })
    void namesInAnyCase(String line, String command, String options) {
        ConsoleParser.Parsed parsed = parser.parse(line, Invoker.CONSOLE);

        assertThat(parsed.problem()).isNull();
        assertThat(parsed.request().command()).isEqualTo(command);
        Map<String, String> expected = new HashMap<>();
        for (String pair : options.split("; ", -1)) {
            expected.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        assertThat(parsed.request().options()).isEqualTo(expected);
    }

    @DisplayName("Lines that are not commands get one sentence saying what to type")
    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "/nope | There is no /nope command",
                "/cancellations town:York | /cancellations has no option town: (its options are trust: and strike:).",
                "/cancellations trust:ENHT Strike:april strike:may | strike: is given twice; give each option once.",
                "/compare trust:ENHT trust:RWH other:england | trust: is given twice; give each option once.",
                "/cancellations ENHT | /cancellations does not understand \"ENHT\"; its options are trust, strike",
                "/status verbose:yes | /status has no option verbose: (it takes no options).",
                "/ingest file:figures.csv | At the console, import a file with bin/strikedesk ingest FILE (/ingest"
                        + " takes a file uploaded in Discord).",
                "'' | Type a command such as /cancellations trust:ENHT"
            })
    void problems(String line, String message) {
        ConsoleParser.Parsed parsed = parser.parse(line, Invoker.CONSOLE);

        assertThat(parsed.request()).isNull();
        assertThat(parsed.problem()).startsWith(message);
    }
}
