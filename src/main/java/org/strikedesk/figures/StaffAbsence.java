package org.strikedesk.figures;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Staff absent because of a strike: each day's count where published, else the whole-strike peak and lowest day.
 *
 * @param days each day's figure, in date order (empty when only the peak and lowest are known)
 * @param peak the highest day's count, if known
 * @param lowest the lowest day's count, if known
 * @param missingDays strike days with no daily figure (only when daily figures exist)
 * @param basis the figures used
 */
public record StaffAbsence(
        List<Figure> days,
        @Nullable Long peak,
        @Nullable Long lowest,
        List<LocalDate> missingDays,
        List<Figure> basis) {

    public StaffAbsence {
        days = List.copyOf(days);
        missingDays = List.copyOf(missingDays);
        basis = List.copyOf(basis);
    }

    public Optional<Long> peakValue() {
        return Optional.ofNullable(peak);
    }

    public Optional<Long> lowestValue() {
        return Optional.ofNullable(lowest);
    }

    /** The day of the peak, when daily figures say which. */
    public Optional<LocalDate> peakDay() {
        return days.stream()
                .filter(f -> peak != null && f.value() == peak)
                .map(Figure::day)
                .findFirst();
    }

    /** The day of the lowest count, when daily figures say which. */
    public Optional<LocalDate> lowestDay() {
        return days.stream()
                .filter(f -> lowest != null && f.value() == lowest)
                .map(Figure::day)
                .findFirst();
    }

    public boolean partial() {
        return !missingDays.isEmpty();
    }
}
