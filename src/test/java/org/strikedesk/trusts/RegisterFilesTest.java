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
import org.strikedesk.support.TestApplications;

/**
 * Reading the register files: synthetic ones written by the tests, and the shipped ones, which must read as the
 * NHS publishes them.
 */
class RegisterFilesTest {
    private static final Path DATA = TestApplications.SHIPPED_DATA;

    @TempDir
    Path folder;

    private Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @DisplayName("Aliases and sites are read by their headings, trimmed; a site's city may be missing")
    @Test
    void reads() throws IOException {
        Path aliases = write("aliases.csv", "alias,org_code,kind\n ENHT ,RWH,abbreviation\n");
        Path sites = write("sites.tsv", "site_code\tsite_name\tparent_code\nRWH01\tLister Hospital\tRWH\n");

        assertThat(RegisterFiles.readAliases(aliases)).containsExactly(new Alias("ENHT", "RWH", "abbreviation"));
        assertThat(RegisterFiles.readSites(sites)).containsExactly(new Site("RWH01", "Lister Hospital", "", "RWH"));
    }

    @DisplayName("A list without a column it needs is refused, naming the file, the row and the column")
    @Test
    void missingColumn() throws IOException {
        Path aliases = write("aliases.csv", "alias,code,kind\nENHT,RWH,abbreviation\n");
        Path sites = write("sites.tsv", "site_code\tsite_name\tcity\nRWH01\tLister Hospital\tStevenage\n");

        assertThatThrownBy(() -> RegisterFiles.readAliases(aliases))
                .hasMessage("aliases.csv row 2: there is no org_code column");
        assertThatThrownBy(() -> RegisterFiles.readSites(sites))
                .hasMessage("sites.tsv row 2: there is no parent_code column");
    }

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
