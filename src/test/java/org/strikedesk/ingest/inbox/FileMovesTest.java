package org.strikedesk.ingest.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Numbered names for files whose name is taken")
class FileMovesTest {

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
}
