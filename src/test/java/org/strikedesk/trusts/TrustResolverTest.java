package org.strikedesk.trusts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.strikedesk.support.TestApplications;

class TrustResolverTest {
    private static TrustResolver resolver;

    @BeforeAll
    static void loadTheShippedDirectory() {
        Path data = TestApplications.SHIPPED_DATA;
        TrustDirectory directory = new TrustDirectory(
                RegisterFiles.readRegister(data.resolve(RegisterFiles.REGISTER)),
                RegisterFiles.readAliases(data.resolve(RegisterFiles.ALIASES)),
                RegisterFiles.readSites(data.resolve(RegisterFiles.SITES)));
        resolver = new TrustResolver(directory);
    }

    @DisplayName("What reporters type resolves to the trust they mean")
    @ParameterizedTest(name = "\"{0}\" means {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "ENHT | RWH",
                "enht | RWH",
                "rwh | RWH",
                "RWH | RWH",
                "Lister | RWH",
                "lister hospital | RWH",
                "Lister Hospital, Stevenage | RWH",
                "lister hospital stevenage | RWH",
                "East and North Herts | RWH",
                "east & north hertfordshire | RWH",
                "East and North Hertfordshire NHS Trust | RWH",
                "EAST AND NORTH HERTFORDSHIRE NHS TRUST | RWH",
                "north herts | RWH",
                "New QEII Hospital | RWH",
                "Mount Vernon Cancer Centre | RWH",
                "York | RCB",
                "york hospital | RCB",
                "Guy's | RJ1",
                "guys | RJ1",
                "guys and st thomas | RJ1",
                "Guy’s & St Thomas’ | RJ1",
                "GSTT | RJ1",
                "St Thomas' | RJ1",
                "Addenbrooke's | RGT",
                "addenbrookes | RGT",
                "CUH | RGT",
                "Cambridge University Hospitals | RGT",
                "great ormond street | RP4",
                "GOSH | RP4",
                "gt ormond st | RP4",
                "The Shrewsbury and Telford Hospital NHS Trust | RXW",
                "SaTH | RXW",
                "shrewsbury and telford | RXW",
                "North Middlesex | RAP",
                "RAP | RAP",
                "King's College Hospital | RJZ",
                "kings college | RJZ",
                "Queen Elizabeth Hospital, King's Lynn | RCX",
                "barking havering and redbridge | RF4",
                "BHRUT | RF4",
                "Wrightington, Wigan and Leigh | RRF",
                "WWL | RRF",
                "Newcastle upon Tyne | RTD",
                "lancashire & south cumbria | RW5",
                "Solent | R1C",
                "england | ENG",
                "ENG | ENG",
                "Y56 | Y56",
                "london region | Y56",
                "East of England | Y61"
            })
    void resolves(String typed, String code) {
        Resolution resolution = resolver.resolve(typed);

        assertThat(resolution).isInstanceOf(Resolution.Found.class);
        assertThat(((Resolution.Found) resolution).organisation().code()).isEqualTo(code);
    }

    @DisplayName("Closed trusts are still found, and say when they closed")
    @Test
    void closedTrusts() {
        Resolution resolution = resolver.resolve("North Middlesex University Hospital");

        Organisation trust = ((Resolution.Found) resolution).organisation();
        assertThat(trust.closed()).hasToString("2024-12-31");
        assertThat(trust.name()).isEqualTo("North Middlesex University Hospital NHS Trust");
    }

    @DisplayName("A misspelt name gets the trust it probably meant as a suggestion")
    @ParameterizedTest(name = "\"{0}\" suggests {1}")
    @CsvSource(
            delimiter = '|',
            value = {"Lsiter | RWH", "Adenbrookes | RGT", "Shrewsbry and Telfrod | RXW", "Gusy | RJ1"})
    void suggestions(String typed, String code) {
        Resolution resolution = resolver.resolve(typed);

        assertThat(resolution).isInstanceOf(Resolution.NotFound.class);
        List<TrustMatch> suggestions = ((Resolution.NotFound) resolution).suggestions();
        assertThat(suggestions).isNotEmpty();
        assertThat(suggestions.get(0).organisation().code()).isEqualTo(code);
    }

    @DisplayName("Nonsense finds nothing and suggests nothing")
    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"qqqqzzzz", "@everyone", "   ", "!!!", "1234567890"})
    void nonsense(String typed) {
        Resolution resolution = resolver.resolve(typed);

        assertThat(resolution).isInstanceOf(Resolution.NotFound.class);
        assertThat(((Resolution.NotFound) resolution).suggestions()).isEmpty();
    }

    @DisplayName("A name shared by several trusts is ambiguous, with each of them offered")
    @Test
    void ambiguous() {
        Resolution resolution = resolver.resolve("mount vernon");

        assertThat(resolution).isInstanceOf(Resolution.NotFound.class);
        Resolution.NotFound notFound = (Resolution.NotFound) resolution;
        assertThat(notFound.ambiguous()).isTrue();
        assertThat(notFound.suggestions())
                .extracting(m -> m.organisation().code())
                .contains("RWH", "RAS");
    }

    @DisplayName("Autocomplete ranks the best match first and offers each trust once")
    @Test
    void ranking() {
        List<TrustMatch> matches = resolver.rank("lis", 25);

        assertThat(matches.get(0).organisation().code()).isEqualTo("RWH");
        assertThat(matches).extracting(m -> m.organisation().code()).doesNotHaveDuplicates();
        assertThat(resolver.rank("hospital", 25)).hasSize(25);
    }

    @DisplayName("Text of 6,000 characters is answered as quickly as a long name, with the closest trust suggested")
    @Test
    void longInput() {
        Resolution padded = resolver.resolve("lister hospital " + "stevenage ".repeat(600));

        assertThat(padded)
                .isInstanceOfSatisfying(
                        Resolution.NotFound.class,
                        missing -> assertThat(missing.suggestions())
                                .first()
                                .satisfies(
                                        m -> assertThat(m.organisation().code()).isEqualTo("RWH")));
        // Every word is compared with every name: before words past the longest name were left out, each of these
        // took seconds.
        long started = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            resolver.resolve("a b c d e f g ".repeat(430));
            resolver.resolve("x".repeat(6000));
        }
        // Generous for a busy machine: before, these took 50 seconds.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }
}
