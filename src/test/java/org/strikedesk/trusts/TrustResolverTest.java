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

    /*
     * Scores for parts of names, worked by hand from TrustResolver: 500, plus 5 for a hospital, 6 for a trust's name and 8
     * for a newsroom's name, plus 25 for each word typed that is a whole word of the name (5 when it only begins one),
     * plus 40 when the name starts with it, less 3 for each word of the name left unsaid (not counting NHS, Trust,
     * Foundation, Hospital, the, and, of, for), less 10 for a hospital written with its town. A lead of 45, or of 10
     * with more of the words typed found whole, is clear; anything less is asked back.
     */
    @DisplayName("A clear lead is answered: the best name fits the words typed clearly better than the next")
    @ParameterizedTest(name = "\"{0}\" is {1}, ahead of {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                // 500+6+25+40-3 (University) = 568 against Greater Manchester Mental Health: 500+6+25-9 = 522; lead 46.
                "manchester | R0A | RXV",
                // 500+6+25+40-3 = 568 against Nottinghamshire Healthcare, begun only: 500+6+5+40-3 = 548; lead 20,
                // whole.
                "nottingham | RX1 | RHA",
                // Leicester General Hospital: 500+5+25+40-1*3 = 567 against Leicestershire Partnership (548).
                "leicester | RWE | RT5",
                // The York Hospital: 500+5+25+40 = 570 against Yorkshire Ambulance Service, begun only (545).
                "york | RCB | RX8",
                // Lincoln County Hospital (567) against Lincolnshire Partnership, begun only (548).
                "lincoln | RWD | RP7",
                // Northampton General Hospital NHS Trust (568) against Northamptonshire Healthcare, begun only (548).
                "northampton | RNS | RP1",
                // Exeter Community Hospital (567) against Wonford House, Exeter: 500+5-10+25-6 = 514; lead 53.
                "exeter | RH8 | RWV",
                // Blackpool Teaching Hospitals (568) against The Harbour, Blackpool (517); lead 51.
                "blackpool | RXL | RW5",
                // The hospital named in full, 500+5+50+40 = 595, against nothing else with both words.
                "james cook | RTR | ''",
                "university hospital coventry | RKB | ''",
                "north bristol | RVJ | ''",
                // A hospital's own name with no other trust's name sharing its words.
                "st thomas | RJ1 | ''",
                "addenbrookes | RGT | ''"
            })
    void clearLeads(String typed, String code, String runnerUp) {
        Resolution resolution = resolver.resolve(typed);

        assertThat(resolution)
                .as(typed)
                .isInstanceOfSatisfying(
                        Resolution.Found.class,
                        found -> assertThat(found.organisation().code()).isEqualTo(code));
        if (!runnerUp.isEmpty()) {
            assertThat(resolver.rank(typed, 10))
                    .extracting(m -> m.organisation().code())
                    .as("the runner-up is ranked, only further behind")
                    .contains(runnerUp);
        }
    }

    @DisplayName("Two trusts about as likely are asked back, never one of them answered")
    @ParameterizedTest(name = "\"{0}\" could mean {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // A hospital in Stafford is called St George's (500+5+25+25+40 = 595 as words); St George's University
                // Hospitals is 500+6+50+40-3 = 593, and St Georges Hospital (Morpeth) 592.
                "st georges | RRE RJ7 RX4",
                "St George's | RRE RJ7 RX4",
                // Sunderland Psychological Wellbeing Service: 500+5+25+40-9 = 561; South Tyneside and Sunderland:
                // 500+6+25-6 = 525; lead 36, both with the word whole.
                "sunderland | RX4 R0B",
                // Coventry and Warwickshire Partnership: 500+6+25+40-6 = 565; University Hospital (Coventry): 527.
                "coventry | RYG RKB",
                // Stoke Mandeville Hospital: 500+5+25+40-3 = 567; Royal Stoke University Hospital: 500+5+25-6 = 524.
                "stoke | RXQ RJE",
                // Bristol Eye Hospital (567) and North Bristol NHS Trust (528): lead 39.
                "bristol | RA7 RVJ",
                // Two hospitals in Middlesbrough, each written with its town: West Lane (524) and James Cook (511).
                "middlesbrough | RX3 RTR",
                // Herefordshire and Worcestershire, begun only (542), and The County Hospital, Hereford, whole (511).
                "hereford | R1A RLQ",
                // Alexandra Hospital (570) and The Princess Alexandra Hospital NHS Trust (528): lead 42.
                "alexandra | RWP RQW",
                // Royal Preston Hospital (527) and Ribbleton Hospital, Preston (517).
                "preston | RXN RW5"
            })
    void nearTies(String typed, String codes) {
        Resolution resolution = resolver.resolve(typed);

        assertThat(resolution).as(typed).isInstanceOfSatisfying(Resolution.NotFound.class, missing -> {
            assertThat(missing.ambiguous()).isTrue();
            assertThat(missing.suggestions())
                    .extracting(m -> m.organisation().code())
                    .startsWith(codes.split(" "));
        });
    }

    @DisplayName("A code, an official name or a newsroom's name is named outright; a hospital or part of a name is not")
    @ParameterizedTest(name = "\"{0}\" is {1}, outright: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "RWH | RWH | true",
                "ENHT | RWH | true",
                "East and North Hertfordshire NHS Trust | RWH | true",
                "east and north herts | RWH | true",
                "Lister | RWH | true",
                "Solent | R1C | true",
                "north herts | RWH | false",
                "st thomas | RJ1 | false",
                "guys | RJ1 | false",
                "LGI | RR8 | false",
                "LTHT | RR8 | false",
                "stafford | RRE | false"
            })
    void outright(String typed, String code, boolean outright) {
        assertThat(resolver.resolve(typed)).isInstanceOfSatisfying(Resolution.Found.class, found -> {
            assertThat(found.organisation().code()).isEqualTo(code);
            assertThat(found.match().outright()).isEqualTo(outright);
        });
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
