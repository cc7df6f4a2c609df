package org.strikedesk.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Working days in England. The bank holidays expected are GOV.UK's for England and Wales
 * (www.gov.uk/bank-holidays), including the one-off days and the substitute days for holidays at a weekend; the days
 * that are bank holidays only in Scotland or Northern Ireland are working days in England.
 */
class WorkingDaysTest {
    @DisplayName("England's bank holidays and weekends are not working days; other countries' holidays are")
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "2022-09-19, false, the Queen's state funeral",
        "2022-12-26, false, Boxing Day",
        "2022-12-27, false, Christmas Day falling on a Sunday, its substitute day",
        "2023-05-01, false, early May bank holiday",
        "2023-05-08, false, the King's coronation",
        "2023-05-29, false, spring bank holiday",
        "2023-08-28, false, summer bank holiday",
        "2024-03-29, false, Good Friday",
        "2024-04-01, false, Easter Monday",
        "2025-08-25, false, summer bank holiday",
        "2026-12-28, false, Boxing Day falling on a Saturday, its substitute day",
        "2025-06-14, false, a Saturday",
        "2025-01-02, true, 2 January: a bank holiday in Scotland only",
        "2025-08-04, true, first Monday of August: a bank holiday in Scotland only",
        "2025-03-17, true, St Patrick's Day: a bank holiday in Northern Ireland only",
        "2025-06-12, true, an ordinary Thursday"
    })
    void workingDays(LocalDate day, boolean working, String what) {
        assertThat(WorkingDays.isWorkingDay(day)).as(what).isEqualTo(working);
    }

    @DisplayName("Counting working days skips weekends and bank holidays")
    @ParameterizedTest(name = "{1} working days after {0}: {2}")
    @CsvSource({
        "2025-06-06, 4, 2025-06-12, a Friday: Monday to Thursday",
        "2025-08-21, 4, 2025-08-28, a Thursday before the summer bank holiday",
        "2023-12-22, 4, 2024-01-02, the Friday before Christmas: 27 to 29 December and 2 January",
        "2024-07-01, 4, 2024-07-05, a Monday"
    })
    void after(LocalDate from, int count, LocalDate expected, String what) {
        assertThat(WorkingDays.after(from, count)).as(what).isEqualTo(expected);
        assertThat(WorkingDays.between(from, expected)).isEqualTo(count);
    }
}
