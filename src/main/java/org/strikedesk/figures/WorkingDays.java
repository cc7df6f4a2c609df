package org.strikedesk.figures;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Working days in England: Monday to Friday, except England's bank holidays, including the one-off ones (the state
 * funeral of 19 September 2022, the coronation of 8 May 2023) and the substitute days when one falls at a weekend.
 * The bank holidays come from Jollyday's calendar of the United Kingdom, region England ({@code gb}, {@code eng}),
 * which ships with the library and needs no network.
 */
public final class WorkingDays {
    /** Jollyday's code for England within the United Kingdom's calendar. */
    static final String ENGLAND = "eng";

    private static final Map<Integer, Set<LocalDate>> BANK_HOLIDAYS = new ConcurrentHashMap<>();

    private WorkingDays() {}

    /** Whether {@code day} is a working day in England. */
    public static boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !isBankHoliday(day);
    }

    /** Whether {@code day} is a bank holiday in England (the day off, where one is moved from a weekend). */
    public static boolean isBankHoliday(LocalDate day) {
        return BANK_HOLIDAYS
                .computeIfAbsent(day.getYear(), WorkingDays::bankHolidays)
                .contains(day);
    }

    /** The working day {@code count} working days after {@code day} (day itself does not count). */
    public static LocalDate after(LocalDate day, int count) {
        LocalDate next = day;
        for (int left = count; left > 0; ) {
            next = next.plusDays(1);
            if (isWorkingDay(next)) {
                left--;
            }
        }
        return next;
    }

    /** How many working days come after {@code from}, up to and including {@code to}. */
    public static int between(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            count += isWorkingDay(day) ? 1 : 0;
        }
        return count;
    }

    private static Set<LocalDate> bankHolidays(int year) {
        return Calendar.MANAGER.getHolidays(Year.of(year), ENGLAND).stream()
                .filter(holiday -> holiday.getType() != HolidayType.OBSERVANCE)
                .map(holiday -> holiday.getObservedDate().orElse(holiday.getActualDate()))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Read when first needed, not when StrikeDesk starts: most answers never need it. */
    private static final class Calendar {
        static final HolidayManager MANAGER =
                HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
    }
}
