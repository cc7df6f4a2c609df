package org.strikedesk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The data settings")
class DataConfigTest {
    private final ConfigLoader loader = new ConfigLoader();

    private DataConfig parse(String data) {
        return loader.parse("strikedesk.json", "{\"data\": " + data + "}").data();
    }

    @Test
    @DisplayName("the committed config waits 10 seconds for another writer, the default")
    void committed() {
        DataConfig data = loader.load(Path.of("config/strikedesk.json")).data();

        assertThat(data).isEqualTo(DataConfig.DEFAULT);
        assertThat(parse("{}").busyTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"PT0S, 0", "PT1M, 60000", "PT0.25S, 250", "P24D, 2073600000"})
    @DisplayName("busyTimeout takes any duration SQLite can count in milliseconds")
    void busyTimeout(String text, long millis) {
        assertThat(parse("{\"busyTimeout\": \"" + text + "\"}").busyTimeout()).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "\"-PT1S\" | data.busyTimeout must be at least PT0S, not PT-1S",
                "\"soon\" | data.busyTimeout: \"soon\" is not a duration; write it as PT30S, PT5M, PT1H or P1D",
                "\"P25D\" | data.busyTimeout must be at most PT596H31M23.647S, not PT600H",
            })
    @DisplayName("a busyTimeout that is negative, not a duration or too long for SQLite is refused, naming the key")
    void refused(String value, String message) {
        assertThatThrownBy(() -> parse("{\"busyTimeout\": " + value + "}"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(message);
    }
}
