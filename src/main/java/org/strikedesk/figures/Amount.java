package org.strikedesk.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A whole-strike count and how it was reached.
 *
 * @param value the count
 * @param gaps the measures that have no figure for some strike days, when the count is a sum of days (empty when
 *     complete)
 * @param basis the figures it was taken or summed from
 */
public record Amount(long value, List<Gap> gaps, List<Figure> basis) {
    public Amount {
        gaps = List.copyOf(gaps);
        basis = List.copyOf(basis);
    }

    /**
     * Strike days one measure has no figure for.
     *
     * @param metric the measure
     * @param days the days, in order
     */
    public record Gap(Metric metric, List<LocalDate> days) {
        public Gap {
            days = days.stream().distinct().sorted().toList();
            if (days.isEmpty()) {
                throw new IllegalArgumentException("a gap in " + metric.id() + " needs a day");
            }
        }
    }

    /** A count of one measure: complete when nothing is missing, else partial, with the days it has no figure for. */
    public static Amount of(long value, Metric metric, List<LocalDate> missingDays, List<Figure> basis) {
        return new Amount(value, missingDays.isEmpty() ? List.of() : List.of(new Gap(metric, missingDays)), basis);
    }

    /** True when some strike days had no figure, so the count understates the whole strike. */
    public boolean partial() {
        return !gaps.isEmpty();
    }

    /** Every strike day some measure of the count has no figure for. */
    public List<LocalDate> missingDays() {
        return gaps.stream()
                .flatMap(gap -> gap.days().stream())
                .distinct()
                .sorted()
                .toList();
    }

    /** The measures the count is made of, in the order they were added. */
    public List<Metric> metrics() {
        return basis.stream().map(Figure::metric).distinct().toList();
    }

    /** The sum of two amounts, e.g. inpatient plus outpatient, keeping each one's gaps. */
    public Amount plus(Amount other) {
        List<Gap> both = new ArrayList<>(gaps);
        both.addAll(other.gaps);
        return new Amount(
                value + other.value,
                both,
                Stream.concat(basis.stream(), other.basis.stream()).toList());
    }
}
