package org.strikedesk.trusts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.strikedesk.NastyText;
import org.strikedesk.ReliabilityRecord;
import org.strikedesk.support.TestApplications;

/** Any text at all can be turned into a name key and looked up as a trust without an exception. */
@Tag("slow")
@Label("Bad trust names")
class TrustNamePropertiesTest {
    private static final AtomicInteger tried = new AtomicInteger();
    private static TrustResolver resolver;

    @BeforeContainer
    static void loadTheShippedDirectory() {
        Path data = TestApplications.SHIPPED_DATA;
        resolver = new TrustResolver(DirectoryStore.Names.read(data).directory());
    }

    @AfterContainer
    static void record() {
        ReliabilityRecord.write("bad-input-names", Map.of("inputsTried", tried.get()));
    }

    @Label("A name key is lower-case letters and digits in single-spaced words, and its own key")
    @Property(tries = 300, seed = "20261128")
    void nameKeys(@ForAll("names") String text) {
        tried.incrementAndGet();
        String key = NameKey.of(text);

        assertThat(key)
                .matches("[a-z0-9 ]*")
                .doesNotStartWith(" ")
                .doesNotEndWith(" ")
                .doesNotContain("  ");
        assertThat(NameKey.of(key)).isEqualTo(key);
        assertThat(NameKey.words(key)).allSatisfy(word -> assertThat(word).isNotEmpty());
    }

    @Label("Resolving any text finds one organisation, says it is outside England, or says why not")
    @Property(tries = 300, seed = "20261128")
    void resolution(@ForAll("names") String text) {
        check(text);
    }

    @Label("The worst inputs are resolved without an exception, and an empty or missing name finds nothing")
    @Example
    void worstNames() {
        NastyText.edgeCases().forEach(TrustNamePropertiesTest::check);
        check(null);
        assertThat(NameKey.of(null)).isEmpty();
        assertThat(resolver.resolve("")).isInstanceOf(Resolution.NotFound.class);
    }

    private static void check(String text) {
        tried.incrementAndGet();
        Resolution resolution = resolver.resolve(text);

        if (resolution instanceof Resolution.Found found) {
            assertThat(found.organisation()).isNotNull();
            assertThat(found.match().organisation()).isEqualTo(found.organisation());
        } else if (resolution instanceof Resolution.NotFound missing) {
            assertThat(missing.input()).isEqualTo(text);
            if (missing.ambiguous()) {
                // Every trust that fits is given, for the reply to list the first few and count the rest.
                assertThat(missing.suggestions()).hasSizeGreaterThan(1);
            } else {
                assertThat(missing.suggestions()).hasSizeLessThanOrEqualTo(5);
            }
        } else if (resolution instanceof Resolution.OutOfScope outside) {
            assertThat(outside.input()).isEqualTo(text);
            assertThat(outside.explanation()).startsWith("StrikeDesk covers NHS trusts in England");
        } else {
            throw new AssertionError("a resolution of an unknown kind: " + resolution);
        }
        List<TrustMatch> ranked = resolver.rank(text, 25);
        assertThat(ranked).hasSizeLessThanOrEqualTo(25);
        assertThat(ranked).extracting(m -> m.organisation().code()).doesNotHaveDuplicates();
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.oneOf(
                NastyText.any(),
                Arbitraries.of("Lister", "ENHT", "Guy's & St Thomas'", "york", "england", "RWH")
                        .list()
                        .ofMaxSize(5)
                        .map(words -> String.join(" ", words)));
    }
}
