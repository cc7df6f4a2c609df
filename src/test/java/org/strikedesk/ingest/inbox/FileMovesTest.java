package org.strikedesk.ingest.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Moving files out of the inbox")
class FileMovesTest {
    /** As long as a file name may be on the usual file systems (255 bytes). */
    private static final String LONGEST = "synthetic-" + "x".repeat(241) + ".csv";

    @TempDir
    Path folder;

    @DisplayName("the number goes before the extension")
    @ParameterizedTest(name = "{0}, try {1} -> {2}")
    @CsvSource({
        "figures.xlsx, 1, figures.xlsx",
        "figures.xlsx, 2, figures-2.xlsx",
        "figures.2024.csv, 3, figures.2024-3.csv",
        "README, 2, README-2",
        ".profile, 2, .profile-2"
    })
    void numbered(String name, int n, String expected) {
        assertThat(FileMoves.numbered(name, n)).isEqualTo(expected);
    }

    @Test
    @DisplayName("a name too long to take a number and .error.txt is shortened, keeping its extension")
    void longNames() {
        String numbered = FileMoves.numbered(LONGEST, 12);

        assertThat(numbered).startsWith("synthetic-xxx").endsWith("x-12.csv");
        assertThat((numbered + FileMoves.ERROR_SUFFIX).getBytes(StandardCharsets.UTF_8))
                .hasSize(255);
        String letters = FileMoves.numbered("é".repeat(130) + ".csv", 1);
        assertThat((letters + FileMoves.ERROR_SUFFIX).getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(255);
        assertThat(letters).endsWith("é.csv");
    }

    @Test
    @DisplayName("a file with the longest name allowed is moved, twice over, each time with its error report beside it")
    void longestNameRejected() throws IOException {
        Path rejected = folder.resolve("rejected");
        for (int i = 1; i <= 2; i++) {
            Path file = Files.writeString(
                    Files.createDirectories(folder.resolve("inbox")).resolve(LONGEST), "bad");

            Path moved = FileMoves.moveInto(file, rejected);
            Path errors = FileMoves.writeErrors(moved, "synthetic errors " + i);

            assertThat(file).doesNotExist();
            assertThat(moved.getParent()).isEqualTo(rejected);
            assertThat(errors).hasContent("synthetic errors " + i);
        }
        assertThat(rejected.toFile().list()).hasSize(4);
    }
}
