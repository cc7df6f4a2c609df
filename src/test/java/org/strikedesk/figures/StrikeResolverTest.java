package org.strikedesk.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.strikedesk.support.TestApplications;

/** Strike options as people write them, against the shipped calendar. */
class StrikeResolverTest {
    private static StrikeResolver resolver;

    @BeforeAll
    static void loadTheShippedCalendar() {
        resolver = new StrikeResolver(
                new StrikeCalendar(StrikeFiles.read(TestApplications.SHIPPED_DATA.resolve(StrikeFiles.CALENDAR))));
    }

    @DisplayName("Labels, dates and words people use name the strike they mean")
    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // NHS England's own labels, which run to the morning after the last day.
                "11-15 April 2023 | 2023-04-junior-doctors",
                "11\u201315 April 2023 | 2023-04-junior-doctors",
                "13\u201318 July | 2023-07-junior-doctors",
                "13-18 July 2023 | 2023-07-junior-doctors",
                "11-14 April 2023 | 2023-04-junior-doctors",
                "30 April - 1 May 2023 | 2023-05-rcn",
                "15 and 20 December 2022 | 2022-12-rcn",
                "3 to 9 January 2024 | 2024-01-junior-doctors",
                // Any day of a strike, in ISO or British form.
                "2023-04-12 | 2023-04-junior-doctors",
                "12/04/2023 | 2023-04-junior-doctors",
                "12/4/23 | 2023-04-junior-doctors",
                "12.04.2023 | 2023-04-junior-doctors",
                "12 April 2023 | 2023-04-junior-doctors",
                "12th April 2023 | 2023-04-junior-doctors",
                "the strike on 14 March 2023 | 2023-03-junior-doctors",
                "20 December 2022 | 2022-12-rcn",
                "21/12/2022 | 2022-12-21-ambulance",
                "2 October 2023 | 2023-10-joint",
                // Staff groups with months, in the words people use.
                "consultants august 2023 | 2023-08-consultants",
                "physios february | 2023-02-09-physio",
                "physiotherapy january | 2023-01-26-physio",
                "paramedics 21 december | 2022-12-21-ambulance",
                "resident doctors april 2023 | 2023-04-junior-doctors",
                "junior doctors july 2025 | 2025-07-resident-doctors",
                "nurses 2022 | 2022-12-rcn",
                "Sept 2023 | 2023-09-joint",
                "april 2023 | 2023-04-junior-doctors",
                "2023-04-junior-doctors | 2023-04-junior-doctors"
            })
    void names(String typed, String id) {
        assertThat(resolver.resolve(typed))
                .isInstanceOfSatisfying(
                        StrikeChoice.One.class,
                        one -> assertThat(one.strike().id()).isEqualTo(id));
    }

    @DisplayName("\"Most recent\" and its kin mean the latest strike with figures")
    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "latest", "most recent", "the most recent strike", "Most Recent", "newest", "last"})
    void latest(String typed) {
        assertThat(resolver.resolve(typed)).isInstanceOf(StrikeChoice.Latest.class);
    }

    @DisplayName("Where several strikes fit, the ones with figures for what is asked about are chosen")
    @ParameterizedTest(name = "\"{0}\" with figures for {1} is {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "ambulance january | 2023-01-23-ambulance | 2023-01-23-ambulance",
                "junior doctors | 2023-04-junior-doctors | 2023-04-junior-doctors",
                "2023 | 2023-04-junior-doctors 2022-12-rcn | 2023-04-junior-doctors"
            })
    void preferStrikesWithFigures(String typed, String withFigures, String id) {
        assertThat(resolver.resolve(typed, Set.of(withFigures.split(" "))))
                .isInstanceOfSatisfying(
                        StrikeChoice.One.class,
                        one -> assertThat(one.strike().id()).isEqualTo(id));
    }

    @DisplayName("Several strikes with figures, or none with figures, are all offered, newest first")
    @Test
    void severalWithFigures() {
        StrikeChoice choice =
                resolver.resolve("ambulance january", Set.of("2023-01-11-ambulance", "2023-01-24-ambulance"));

        assertThat(choice).isInstanceOfSatisfying(StrikeChoice.NotFound.class, missing -> {
            assertThat(missing.reason()).isEqualTo(StrikeChoice.Reason.SEVERAL);
            assertThat(missing.suggestions())
                    .extracting(Strike::id)
                    .containsExactly("2023-01-24-ambulance", "2023-01-11-ambulance");
        });
        assertThat(resolver.resolve("ambulance january", Set.of()))
                .isInstanceOfSatisfying(
                        StrikeChoice.NotFound.class,
                        missing -> assertThat(missing.suggestions())
                                .extracting(Strike::id)
                                .containsExactly(
                                        "2023-01-24-ambulance", "2023-01-23-ambulance", "2023-01-11-ambulance"));
    }

    @DisplayName("Why nothing fits: outside the calendar, a day with no strike, or nothing like it")
    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2021 | OUTSIDE_CALENDAR | ''",
                "march 2026 | OUTSIDE_CALENDAR | ''",
                "12/04/2019 | OUTSIDE_CALENDAR | ''",
                "1-3 December 2025 | OUTSIDE_CALENDAR | ''",
                "17 December 2022 | NO_STRIKE_THEN | 2022-12-rcn",
                "1 June 2023 | NO_STRIKE_THEN | 2023-06-junior-doctors 2023-05-rcn",
                "december 2025 | OUTSIDE_CALENDAR | ''",
                "qqqzzz | NONE | ''"
            })
    void nothingFits(String typed, StrikeChoice.Reason reason, String suggested) {
        assertThat(resolver.resolve(typed)).isInstanceOfSatisfying(StrikeChoice.NotFound.class, missing -> {
            assertThat(missing.reason()).isEqualTo(reason);
            assertThat(missing.suggestions())
                    .extracting(Strike::id)
                    .containsExactlyElementsOf(suggested.isEmpty() ? List.of() : List.of(suggested.split(" ")));
        });
    }
}
