package org.strikedesk.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AskedCommandTest {

    @DisplayName("A command is written as typed, values with spaces quoted, and read back the same")
    @Test
    void roundTrip() {
        AskedCommand command = AskedCommand.of("compare")
                .with("trust", "RGT")
                .with("other", "RJ1")
                .with("strike", "december 2022");

        assertThat(command.line()).isEqualTo("/compare trust:RGT other:RJ1 strike:\"december 2022\"");
        assertThat(AskedCommand.parse(command.line())).contains(command);
        assertThat(command.buttonId()).contains("ask:/compare trust:RGT other:RJ1 strike:\"december 2022\"");
    }

    @DisplayName("Only lines written as StrikeDesk writes them are read back")
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "cancellations trust:RWH",
                "/cancellations trust:RWH trust:RJ1",
                "/cancellations trust:\"unclosed",
                "/cancellations trust:",
                "/Cancellations trust:RWH",
                "/cancellations  trust:RWH",
                "/cancellations trust:RWH extra"
            })
    void refused(String line) {
        assertThat(AskedCommand.parse(line)).isEmpty();
    }

    @DisplayName("Words longer than an option holds are cut at a word; a command too long for a button has none")
    @Test
    void limits() {
        String words = "word ".repeat(30).strip();
        AskedCommand command = AskedCommand.of("cancellations").with("trust", words);

        assertThat(command.option("trust").orElseThrow())
                .hasSizeLessThanOrEqualTo(100)
                .endsWith("word");
        assertThat(command.buttonId()).isEmpty();
    }

    @DisplayName("A value that could not be written back is refused")
    @Test
    void invalid() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("trust", "a \"quoted\" name");

        assertThatThrownBy(() -> new AskedCommand("cancellations", options))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AskedCommand("Cancel", Map.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
