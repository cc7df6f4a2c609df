package org.strikedesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever a file is called, its label names no folder and is fit to show. */
@Label("File labels")
class FileLabelPropertiesTest {

    @Label("A label has no separator, control or formatting character, is not . or .., and fits")
    @Property(tries = 2000, seed = "20261128")
    void safe(@ForAll("names") String name) {
        String label = FileLabel.of(name, "upload");

        assertThat(label)
                .isNotBlank()
                .doesNotContain("/", "\\")
                .doesNotMatch("(?s).*[\\p{Cc}\\p{Cf}].*")
                .isNotIn(".", "..")
                .hasSizeLessThanOrEqualTo(FileLabel.MAX);
    }

    @Label("A name's .csv or .xlsx survives in its label, however long the name")
    @Property(tries = 500, seed = "20261128")
    void extensionKept(@ForAll("names") String stem, @ForAll("extensions") String extension) {
        String name = stem.replaceAll("[/\\\\]", "") + extension;

        assertThat(FileLabel.of("x" + name, "upload")).endsWith(extension);
    }

    /** Names made mostly of what paths are made of, their look-alikes, and what breaks lines and logs. */
    @Provide
    Arbitrary<String> names() {
        Arbitrary<Character> pathish = Arbitraries.of(
                '/', '\\', '.', '\0', '\n', '\r', '\t', '~', ':', '\u2215', '\uff0f', '\u2044', '\u2024', '\uff0e',
                '\u202e', '\u200b', ' ', 'a', 'Z', '9', '\u00e9', '_');
        return Arbitraries.oneOf(
                        pathish.list().ofMaxSize(300).map(FileLabelPropertiesTest::join),
                        Arbitraries.strings().all().ofMaxLength(300))
                .edgeCases(config -> config.add(".", "..", "../..", "/", "", "\0"));
    }

    @Provide
    Arbitrary<String> extensions() {
        return Arbitraries.of(".csv", ".xlsx", ".CSV");
    }

    private static String join(List<Character> characters) {
        StringBuilder text = new StringBuilder();
        characters.forEach(text::append);
        return text.toString();
    }
}
