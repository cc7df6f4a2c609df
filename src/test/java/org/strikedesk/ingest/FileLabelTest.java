package org.strikedesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("File names made fit to show and record")
class FileLabelTest {

    @DisplayName("folders, control characters, markdown and look-alikes of / are dropped or replaced")
    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource({
        "figures.xlsx, figures.xlsx",
        "C:\\Users\\desk\\figures.xlsx, figures.xlsx",
        "'../../../etc/passwd', passwd",
        "'**bold** @everyone.csv', __bold__ _everyone.csv",
        "'..\u2215..\u2215etc\u2215passwd', .._.._etc_passwd",
        "'\uff0fetc\uff0fpasswd.csv', _etc_passwd.csv",
        "'figures\u202Evslx.csv', figures_vslx.csv",
        "'.', upload",
        "'..', upload",
        "' . . ', upload",
        "'', upload"
    })
    void labels(String name, String label) {
        assertThat(FileLabel.of(name, "upload")).isEqualTo(label);
    }

    @Test
    @DisplayName("line breaks and NULs become underscores, so a name cannot start a new line in a log or a report")
    void lineBreaks() {
        assertThat(FileLabel.of("figures\nINFO forged line\r\u0000.csv", "file"))
                .isEqualTo("figures_INFO forged line__.csv");
    }

    @Test
    @DisplayName("a long name is cut to 100 characters before its extension, with an ellipsis")
    void longNames() {
        String label = FileLabel.of("x".repeat(300) + ".csv", "file");

        assertThat(label).hasSize(FileLabel.MAX).endsWith("x\u2026.csv");
    }

    @Test
    @DisplayName("a long name without a short extension is cut at the end")
    void longNamesWithoutExtension() {
        assertThat(FileLabel.of("y".repeat(300), "file")).hasSize(FileLabel.MAX).endsWith("y\u2026");
        assertThat(FileLabel.of("z.".repeat(150) + "z".repeat(40), "file"))
                .hasSize(FileLabel.MAX)
                .endsWith("z\u2026");
    }
}
