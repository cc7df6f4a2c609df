package org.strikedesk.trusts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the alias and site lists; the files here are synthetic, written by the tests. */
class RegisterFilesTest {
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
}
