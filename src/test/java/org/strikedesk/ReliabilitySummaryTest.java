package org.strikedesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Runs after every other test (its own surefire execution, see pom.xml): writes {@code target/reliability/summary.md}
 * from what the reliability tests recorded, and checks the README states the same figures.
 */
class ReliabilitySummaryTest {
    private static Optional<ReliabilitySummary> summary() {
        Optional<ReliabilitySummary> summary = ReliabilitySummary.read();
        assumeTrue(summary.isPresent(), "the reliability tests have not all run; run ./mvnw verify");
        return summary;
    }

    @DisplayName("The reliability summary is written from what the tests did")
    @Test
    void written() throws IOException {
        ReliabilitySummary summary = summary().orElseThrow();

        Path file = ReliabilityRecord.FOLDER.resolve("summary.md");
        Files.writeString(file, summary.document(), StandardCharsets.UTF_8);

        assertThat(Files.readString(file)).contains("| measure | figure |", "20 of 20");
    }

    @DisplayName("The README's reliability table holds exactly the figures the tests produced")
    @Test
    void readme() throws IOException {
        String table = summary().orElseThrow().table();

        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        assertThat(readme).contains("\n## Reliability\n");
        String section = readme.substring(readme.indexOf("\n## Reliability\n"));
        int next = section.indexOf("\n## ", 1);
        section = next < 0 ? section : section.substring(0, next);

        assertThat(section)
                .as("README.md, section Reliability: copy the first table of target/reliability/summary.md")
                .contains(table);
    }
}
