package org.strikedesk.replies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.strikedesk.figures.Amount;
import org.strikedesk.figures.Metric;
import org.strikedesk.figures.Strike;

/**
 * Says what a partial total lacks: which measures have no figure for which strike days. "no inpatient figure was
 * published for 17 July"; "no figures were published for 4–7 January" (when no measure has one); "no inpatient
 * figure was published for 17 July and no outpatient figure for 16 July". Days are written without their year when
 * the strike lies within one, as the reply has already given it.
 */
public final class PartialNotes {
    private static final Map<Metric, String> MEASURES = Map.of(
            Metric.INPATIENT_RESCHEDULED, "inpatient",
            Metric.OUTPATIENT_RESCHEDULED, "outpatient",
            Metric.ACUTE_RESCHEDULED, "acute",
            Metric.MENTAL_HEALTH_RESCHEDULED, "mental health",
            Metric.COMMUNITY_RESCHEDULED, "community",
            Metric.STAFF_ABSENT, "staff");

    private PartialNotes() {}

    /** What the partial amount lacks, as a clause; empty when it is complete. */
    public static String of(Amount amount, Strike strike) {
        List<Amount.Gap> gaps = amount.gaps();
        if (gaps.isEmpty()) {
            return "";
        }
        boolean sameDays =
                gaps.stream().allMatch(gap -> gap.days().equals(gaps.get(0).days()));
        boolean everyMeasure =
                new HashSet<>(gaps.stream().map(Amount.Gap::metric).toList()).containsAll(amount.metrics());
        if (sameDays && everyMeasure) {
            List<LocalDate> days = gaps.get(0).days();
            boolean several = gaps.size() > 1 || days.size() > 1;
            return several
                    ? "no figures were published for " + days(days, strike)
                    : "no figure was published for " + days(days, strike);
        }
        List<String> clauses = new ArrayList<>();
        for (Amount.Gap gap : gaps) {
            String figure = gap.days().size() == 1 ? " figure" : " figures";
            String verb = clauses.isEmpty() ? (gap.days().size() == 1 ? " was published" : " were published") : "";
            clauses.add("no " + MEASURES.get(gap.metric()) + figure + verb + " for " + days(gap.days(), strike));
        }
        return HouseStyle.list(clauses);
    }

    /** Strike days as running text, without the year when the whole strike lies within one: "17 July". */
    public static String days(List<LocalDate> days, Strike strike) {
        String written = HouseStyle.days(days);
        int year = strike.firstDay().getYear();
        boolean oneYear = strike.lastDay().getYear() == year && days.stream().allMatch(day -> day.getYear() == year);
        String suffix = " " + year;
        return oneYear && written.endsWith(suffix) ? written.substring(0, written.length() - suffix.length()) : written;
    }
}
