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
        TrustDirectory directory = DirectoryStore.Names.read(data).directory();
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
                "East of England | Y61",
                // Initialisms newsrooms use, derived from the register and the sites, alone or with the town.
                "LTHT | RR8",
                "ltht | RR8",
                "UHCW | RKB",
                "NUTH | RTD",
                "LGI | RR8",
                "the LGI | RR8",
                "LGI Leeds | RR8",
                "RVI | RTD",
                "LRI | RWE",
                "QEH King's Lynn | RCX",
                "QEH Kings Lynn | RCX",
                "qeh, king's lynn | RCX",
                "QEH Gateshead | RR7",
                // Nicknames in trust-aliases.csv.
                "Jimmy's | RR8",
                "jimmys | RR8",
                "the JR | RTH",
                "Walsgrave | RKB",
                "MFT | R0A"
            })
    void resolves(String typed, String code) {
        Resolution resolution = resolver.resolve(typed);

        assertThat(resolution).isInstanceOf(Resolution.Found.class);
        assertThat(((Resolution.Found) resolution).organisation().code()).isEqualTo(code);
    }

    @DisplayName(
            "Initials that several trusts share are asked back, each trust offered with what the letters stand for")
    @ParameterizedTest(name = "\"{0}\" could mean {1}")
    @CsvSource(
            delimiter = '|',
            value = {"QEH | RCX RJ2 RR7", "LTH | RR8 RXN", "UHL | RJ2 RWE"})
    void sharedInitialisms(String typed, String codes) {
        Resolution resolution = resolver.resolve(typed);

        assertThat(resolution).isInstanceOfSatisfying(Resolution.NotFound.class, missing -> {
            assertThat(missing.ambiguous()).isTrue();
            assertThat(missing.suggestions())
                    .extracting(m -> m.organisation().code())
                    .containsExactlyInAnyOrder(codes.split(" "));
        });
    }

    @DisplayName("An NHS body in Wales, Scotland or Northern Ireland is said to be outside England, not matched")
    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "NHS Tayside | StrikeDesk covers NHS trusts in England; NHS Tayside is in Scotland.",
                "tayside | StrikeDesk covers NHS trusts in England; NHS Tayside is in Scotland.",
                "Tayside Health Board | StrikeDesk covers NHS trusts in England; NHS Tayside is in Scotland.",
                "NHSGGC | StrikeDesk covers NHS trusts in England; NHS Greater Glasgow and Clyde is in Scotland.",
                "Betsi Cadwaladr | StrikeDesk covers NHS trusts in England; Betsi Cadwaladr University Health Board is"
                        + " in Wales.",
                "BCUHB | StrikeDesk covers NHS trusts in England; Betsi Cadwaladr University Health Board is in Wales.",
                "cardiff & vale | StrikeDesk covers NHS trusts in England; Cardiff and Vale University Health Board is"
                        + " in Wales.",
                "the Belfast trust | StrikeDesk covers NHS trusts in England; Belfast Health and Social Care Trust is"
                        + " in Northern Ireland.",
                "Southern Trust | StrikeDesk covers NHS trusts in England; Southern Health and Social Care Trust is in"
                        + " Northern Ireland.",
                "Velindre | StrikeDesk covers NHS trusts in England; Velindre University NHS Trust is in Wales.",
                "Welsh Ambulance Services NHS Trust | StrikeDesk covers NHS trusts in England; Welsh Ambulance"
                        + " Services NHS Trust is in Wales.",
                "RQF | StrikeDesk covers NHS trusts in England; Velindre NHS Trust is in Wales.",
                "RYT | StrikeDesk covers NHS trusts in England; Public Health Wales NHS Trust is in Wales.",
                "Scotland | StrikeDesk covers NHS trusts in England, not in Scotland.",
                "wales | StrikeDesk covers NHS trusts in England, not in Wales."
            })
    void outsideEngland(String typed, String explanation) {
        Resolution resolution = resolver.resolve(typed);

        assertThat(resolution)
                .isInstanceOfSatisfying(
                        Resolution.OutOfScope.class,
                        outside -> assertThat(outside.explanation()).isEqualTo(explanation));
    }

    @DisplayName("An English trust whose name shares a word with a body outside England is still found")
    @ParameterizedTest(name = "\"{0}\" means {1}")
    @CsvSource(
            delimiter = '|',
            value = {"Surrey and Borders | RXX", "Isle of Wight | R1F", "Northern Lincolnshire | RJL"})
    void englishNamesStayEnglish(String typed, String code) {
        Resolution resolution = resolver.resolve(typed);

        assertThat(resolution)
                .isInstanceOfSatisfying(
                        Resolution.Found.class,
                        found -> assertThat(found.organisation().code()).isEqualTo(code));
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
