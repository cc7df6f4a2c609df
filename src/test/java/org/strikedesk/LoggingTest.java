package org.strikedesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strikedesk.config.LoggingConfig;

class LoggingTest {
    private static final Logger log = LoggerFactory.getLogger(LoggingTest.class);

    @DisplayName("logging.format json writes each event, exception and all, as one JSON object on one line")
    @Test
    void jsonLines() throws IOException {
        List<String> lines = logged(LoggingConfig.Format.JSON);

        assertThat(lines).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.path("level").asText()).isEqualTo("WARN");
        assertThat(first.path("loggerName").asText()).isEqualTo(LoggingTest.class.getName());
        assertThat(first.path("formattedMessage").asText()).isEqualTo("Imported synthetic.csv: 3 added");
        assertThat(first.path("timestamp").asLong()).isPositive();
        JsonNode second = new ObjectMapper().readTree(lines.get(1));
        assertThat(second.path("formattedMessage").asText()).isEqualTo("Two lines\nin one message");
        assertThat(second.path("throwable").path("message").asText()).isEqualTo("synthetic failure");
    }

    @DisplayName("The text format, the default, writes the time, level, thread, logger and message")
    @Test
    void textLines() {
        List<String> lines = logged(LoggingConfig.Format.TEXT);

        assertThat(lines.get(0))
                .matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARN  \\[.+\\] "
                        + ".*LoggingTest - Imported synthetic.csv: 3 added");
    }

    /** What two warnings look like on standard error in {@code format}; the format goes back to text after. */
    private static List<String> logged(LoggingConfig.Format format) {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            Logging.use(format);
            log.warn("Imported {}: {} added", "synthetic.csv", 3);
            log.warn("Two lines\nin one message", new IllegalStateException("synthetic failure"));
        } finally {
            Logging.use(LoggingConfig.Format.TEXT);
            System.setErr(original);
        }
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
