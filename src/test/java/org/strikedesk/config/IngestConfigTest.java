package org.strikedesk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The ingest settings")
class IngestConfigTest {
    private final ConfigLoader loader = new ConfigLoader();

    private IngestConfig parse(String ingest) {
        return loader.parse("strikedesk.json", "{\"ingest\": " + ingest + "}").ingest();
    }

    @Test
    @DisplayName("the committed config file works as is, and polls no URL")
    void committed() {
        IngestConfig ingest = loader.load(Path.of("config/strikedesk.json")).ingest();

        assertThat(ingest.poll()).isEmpty();
        assertThat(ingest.inbox()).isEqualTo("data/inbox");
        assertThat(ingest).isEqualTo(IngestConfig.DEFAULT);
    }

    @Test
    @DisplayName("missing settings take sensible defaults")
    void defaults() {
        IngestConfig ingest = parse("{}");

        assertThat(ingest.maxFileBytes()).isEqualTo(64L * 1024 * 1024);
        assertThat(ingest.settle()).isEqualTo(Duration.ofSeconds(2));
        assertThat(ingest.pollMaxBackoff()).isEqualTo(Duration.ofHours(6));
        assertThat(ingest.layouts()).isEqualTo("config/layouts");
    }

    @Test
    @DisplayName("a polled URL takes its interval, an hour by default")
    void poll() {
        IngestConfig ingest = parse("{\"poll\": [{\"url\": \"https://example.org/synthetic/a.xlsx\"},"
                + " {\"url\": \"http://127.0.0.1:8080/b.csv\", \"every\": \"PT15M\"}]}");

        assertThat(ingest.poll())
                .extracting(PollConfig::every)
                .containsExactly(Duration.ofHours(1), Duration.ofMinutes(15));
    }

    @DisplayName("a bad setting is refused with its key named")
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"maxFileBytes\": 10}|ingest.maxFileBytes must be at least 1024, not 10",
                "{\"maxColumns\": 20000}|ingest.maxColumns must be at most 16384",
                "{\"settle\": \"two seconds\"}|ingest.settle: \"two seconds\" is not a duration",
                "{\"inbox\": \" \"}|ingest.inbox must name a folder",
                "{\"maxFileByte\": 1}|unknown key \"ingest.maxFileByte\"",
                "{\"poll\": [{\"url\": \"http://example.org/a.xlsx\"}]}|must use https://",
                "{\"poll\": [{\"url\": \"ftp://example.org/a.xlsx\"}]}|is not a web address",
                "{\"poll\": [{\"url\": \"https://example.org/a\", \"every\": \"PT10S\"}]}|ingest.poll.every must be at"
                        + " least PT1M",
                "{\"poll\": [{\"url\": \"https://example.org/a\"}, {\"url\": \"https://example.org/a\"}]}|lists"
                        + " https://example.org/a twice"
            })
    void refused(String ingest, String message) {
        assertThatThrownBy(() -> parse(ingest))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("strikedesk.json: ")
                .hasMessageContaining(message);
    }
}
