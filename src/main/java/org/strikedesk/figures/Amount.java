package org.strikedesk.figures;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * A whole-strike count and how it was reached.
 *
 * @param value the count
 * @param missingDays strike days with no figure, when the count is a sum of days (empty when complete)
 * @param basis the figures it was taken or summed from
 */
public record Amount(long value, List<LocalDate> missingDays, List<Figure> basis) {
    public Amount {
        missingDays = List.copyOf(missingDays);
        basis = List.copyOf(basis);
    }

    /** True when some strike days had no figure, so the count understates the whole strike. */
    public boolean partial() {
        return !missingDays.isEmpty();
    }

    /** The sum of two amounts, e.g. inpatient plus outpatient. */
    public Amount plus(Amount other) {
        List<LocalDate> missing = Stream.concat(missingDays.stream(), other.missingDays.stream())
                .distinct()
                .sorted()
                .toList();
        List<Figure> both = Stream.concat(basis.stream(), other.basis.stream()).toList();
        return new Amount(value + other.value, missing, both);
    }
}
