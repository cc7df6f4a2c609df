package org.strikedesk.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strikedesk.commands.Invoker;
import org.strikedesk.support.AppOnShippedData;

/**
 * A console line is a command when it starts with "/" (or reads whole as one without it, as before); any other line
 * is a question, even one that starts with a command's name.
 */
class ConsoleLineTest {
    @RegisterExtension
    static final AppOnShippedData shipped = AppOnShippedData.forClass();

    private static ConsoleLine lines;

    @BeforeAll
    static void open() {
        lines = new ConsoleLine(shipped.app().commands(), shipped.app().questions());
    }

    @DisplayName("Each line is answered as a command, a question, or a problem with the command typed")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '>', quoteCharacter = '`', textBlock = """
            /cancellations trust:ENHT > answer: East and North Hertfordshire NHS Trust: junior doctors' strike, 11\u201314 April 2023
            cancellations trust:ENHT > answer: East and North Hertfordshire NHS Trust: junior doctors' strike, 11\u201314 April 2023
            help > answer: StrikeDesk: NHS strike figures for England
            staff absent at lister in april > question: Read as: /staff trust:RWH strike:2023-04-junior-doctors
            quote for the lister > question: Read as: /quote trust:RWH
            national figures for april > question: Read as: /national strike:2023-04-junior-doctors
            /nope > problem: There is no /nope command; /help lists them.
            /staff absent at lister > problem: /staff does not understand "absent at lister"; its options are trust, strike (written as name:value).
            """)
    void answers(String line, String expected) {
        ConsoleLine.Answer answer = lines.answer(line, Invoker.CONSOLE);

        String shown = answer.reply() == null
                ? "problem: " + answer.problem()
                : answer.reply().preface().isEmpty()
                        ? "answer: " + answer.reply().title()
                        : "question: " + answer.reply().preface();
        assertThat(shown).isEqualTo(expected);
    }
}
