package org.strikedesk.replies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strikedesk.config.StyleConfig;
import org.strikedesk.trusts.Organisation;
import org.strikedesk.trusts.Region;

class HouseStyleTest {

    @DisplayName("Numbers have thousands separators")
    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource(
            delimiter = '|',
            value = {"0 | 0", "999 | 999", "2247 | 2,247", "196225 | 196,225", "1491303 | 1,491,303"})
    void numbers(long value, String written) {
        assertThat(HouseStyle.number(value)).isEqualTo(written);
    }

    @DisplayName("Dates and ranges read as the newsroom writes them")
    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2023-04-11 | 11 April 2023",
                "2023-04-11;2023-04-12;2023-04-13;2023-04-14 | 11–14 April 2023",
                "2023-04-30;2023-05-01 | 30 April–1 May 2023",
                "2022-12-15;2022-12-20 | 15 and 20 December 2022",
                "2023-12-30;2023-12-31;2024-01-01 | 30 December 2023–1 January 2024",
                "2023-05-01;2023-05-03;2023-05-05 | 1, 3 and 5 May 2023",
                "2023-04-28;2023-05-02 | 28 April and 2 May 2023"
            })
    void days(String days, String written) {
        assertThat(HouseStyle.days(dates(days))).isEqualTo(written);
    }

    @DisplayName("Places in running text: first to ninth in words, then 10th, 11th, 21st, 22nd, 23rd, 111th")
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1 | first", "2 | second", "3 | third", "9 | ninth", "10 | 10th", "11 | 11th", "12 | 12th",
                "13 | 13th", "21 | 21st", "22 | 22nd", "23 | 23rd", "101 | 101st", "111 | 111th", "1002 | 1,002nd"
            })
    void ordinals(long place, String written) {
        assertThat(HouseStyle.ordinal(place)).isEqualTo(written);
    }

    @DisplayName("Running text writes one to nine in words, zero as 'no', and larger numbers in figures")
    @ParameterizedTest(name = "{0} appointments: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "0 | no | no appointments or procedures",
                "1 | one | one appointment or procedure",
                "2 | two | two appointments and procedures",
                "9 | nine | nine appointments and procedures",
                "10 | 10 | 10 appointments and procedures",
                "2247 | 2,247 | 2,247 appointments and procedures"
            })
    void counts(long value, String count, String appointments) {
        assertThat(HouseStyle.count(value)).isEqualTo(count);
        assertThat(HouseStyle.appointments(value)).isEqualTo(appointments);
    }

    @DisplayName("Where figures were counted: across England, in a region, at a trust")
    @Test
    void where() {
        Organisation trust = new Organisation(
                "RR8",
                "Leeds Teaching Hospitals NHS Trust",
                Organisation.Kind.TRUST,
                Region.NORTH_EAST_AND_YORKSHIRE,
                null,
                null);

        assertThat(HouseStyle.where(Organisation.ENGLAND)).isEqualTo("across England");
        assertThat(HouseStyle.where(Organisation.of(Region.NORTH_EAST_AND_YORKSHIRE)))
                .isEqualTo("in the North East and Yorkshire region");
        assertThat(HouseStyle.where(Organisation.of(Region.LONDON))).isEqualTo("in the London region");
        assertThat(HouseStyle.where(trust)).isEqualTo("at Leeds Teaching Hospitals NHS Trust");
        assertThat(HouseStyle.subject(Organisation.of(Region.MIDLANDS))).isEqualTo("the Midlands region");
    }

    @DisplayName("Percentages have one decimal place, written as the newsroom chooses")
    @Test
    void percentages() {
        HouseStyle symbol = new HouseStyle(new StyleConfig("rescheduled", "%"));
        HouseStyle words = new HouseStyle(new StyleConfig("rescheduled", "per cent"));

        assertThat(symbol.percent(2247, 196225)).isEqualTo("1.1%");
        assertThat(words.percent(2247, 196225)).isEqualTo("1.1 per cent");
        assertThat(symbol.percent(1, 196225)).isEqualTo("less than 0.1%");
        assertThat(symbol.percent(0, 100)).isEqualTo("0.0%");
        assertThat(symbol.percent(1, 3)).isEqualTo("33.3%");
    }

    private static List<LocalDate> dates(String list) {
        return Arrays.stream(list.split(";"))
                .map(String::trim)
                .map(LocalDate::parse)
                .toList();
    }
}
