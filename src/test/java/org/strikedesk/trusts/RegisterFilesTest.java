package org.strikedesk.trusts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikedesk.TestApplications;

/** The register files as shipped, and as the NHS publishes them. */
class RegisterFilesTest {
    private static final Path DATA = TestApplications.shippedData();

    @TempDir
    Path folder;

    @DisplayName("The register reads the same with CRLF line ends, as the ODS publishes it, as with LF")
    @Test
    void registerWithCrlf() throws IOException {
        Path crlf = folder.resolve(RegisterFiles.REGISTER);
        String text = Files.readString(DATA.resolve(RegisterFiles.REGISTER), StandardCharsets.UTF_8);
        Files.writeString(crlf, text.replace("\r\n", "\n").replace("\n", "\r\n"), StandardCharsets.UTF_8);

        List<Organisation> fromCrlf = RegisterFiles.readRegister(crlf);

        assertThat(fromCrlf).hasSize(210).isEqualTo(RegisterFiles.readRegister(DATA.resolve(RegisterFiles.REGISTER)));
    }

    @DisplayName("Every newsroom name in trust-aliases.csv says where it is used")
    @Test
    void everyAliasHasANote() throws IOException {
        CsvMapper csv = new CsvMapper();
        try (MappingIterator<Map<String, String>> rows = csv.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(DATA.resolve(RegisterFiles.ALIASES).toFile())) {
            List<Map<String, String>> all = rows.readAll();

            assertThat(all)
                    .isNotEmpty()
                    .allSatisfy(row -> assertThat(row.get("note"))
                            .as("the note for %s", row.get("alias"))
                            .isNotBlank());
        }
        assertThat(RegisterFiles.readAliases(DATA.resolve(RegisterFiles.ALIASES)))
                .contains(new Alias("Jimmy's", "RR8", "nickname"));
    }

    @DisplayName("The devolved bodies are read with their nations and short names")
    @Test
    void devolvedBodies() {
        List<DevolvedBody> bodies = RegisterFiles.readDevolved(DATA.resolve(RegisterFiles.DEVOLVED));

        assertThat(bodies).hasSize(32);
        assertThat(bodies)
                .filteredOn(body -> body.name().equals("Betsi Cadwaladr University Health Board"))
                .singleElement()
                .satisfies(body -> {
                    assertThat(body.nation()).isEqualTo("Wales");
                    assertThat(body.alsoKnownAs()).containsExactly("Betsi Cadwaladr", "BCUHB");
                });
        assertThat(bodies)
                .filteredOn(b -> b.name().equals("NHS Fife"))
                .singleElement()
                .satisfies(body -> assertThat(body.alsoKnownAs()).isEmpty());
    }

    @DisplayName("A devolved body in a nation that is not Wales, Scotland or Northern Ireland stops the load, by row")
    @Test
    void devolvedBodyInEngland() throws IOException {
        Path file = folder.resolve(RegisterFiles.DEVOLVED);
        Files.writeString(
                file,
                "name,nation,kind,also_known_as,source\n"
                        + "NHS Fife,Scotland,health board,,https://www.scot.nhs.uk/organisations/\n"
                        + "Synthetic Health Board,England,health board,,https://example.org/synthetic\n");

        assertThatThrownBy(() -> RegisterFiles.readDevolved(file))
                .hasMessage("devolved-health-bodies.csv row 3: Synthetic Health Board: nation must be Wales, Scotland"
                        + " or Northern Ireland, not \"England\"");
    }
}
