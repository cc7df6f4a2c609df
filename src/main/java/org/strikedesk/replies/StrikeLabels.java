package org.strikedesk.replies;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.strikedesk.figures.Strike;

/**
 * Short names for strikes under a chart's bars: "Apr 2023 JD", "Dec 2022 nurses", "Sep 2023 consultants + JD". Where two strikes would read the
 * same (three ambulance strikes in January 2023), their first day is added: "11 Jan 2023 ambulance".
 */
final class StrikeLabels {
    /**
     * Months in three letters, as the house writes them on charts: "Sep", where Java's British English data gives
     * "Sept".
     */
    private static final Map<Long, String> SHORT_MONTHS = Map.ofEntries(
            Map.entry(1L, "Jan"),
            Map.entry(2L, "Feb"),
            Map.entry(3L, "Mar"),
            Map.entry(4L, "Apr"),
            Map.entry(5L, "May"),
            Map.entry(6L, "Jun"),
            Map.entry(7L, "Jul"),
            Map.entry(8L, "Aug"),
            Map.entry(9L, "Sep"),
            Map.entry(10L, "Oct"),
            Map.entry(11L, "Nov"),
            Map.entry(12L, "Dec"));

    private static final DateTimeFormatter MONTH = new DateTimeFormatterBuilder()
            .appendText(ChronoField.MONTH_OF_YEAR, SHORT_MONTHS)
            .appendLiteral(' ')
            .appendValue(ChronoField.YEAR)
            .toFormatter(Locale.UK);
    private static final DateTimeFormatter DAY = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.DAY_OF_MONTH)
            .appendLiteral(' ')
            .append(MONTH)
            .toFormatter(Locale.UK);

    /** Staff groups as a newsroom abbreviates them on a chart, applied in order. */
    private static final List<Map.Entry<String, String>> SHORTER = List.of(
            Map.entry("junior doctors", "JD"),
            Map.entry("resident doctors", "RD"),
            Map.entry("hospital dental trainees", "dental trainees"),
            Map.entry("ambulance staff", "ambulance"),
            Map.entry("physiotherapists", "physios"),
            Map.entry(" and ", " + "));

    private StrikeLabels() {}

    /** A label for each strike, by strike id, in the order given; no two labels are the same. */
    static Map<String, String> of(List<Strike> strikes) {
        Map<String, Integer> uses = new HashMap<>();
        strikes.forEach(strike -> uses.merge(monthly(strike), 1, Integer::sum));
        Map<String, String> labels = new LinkedHashMap<>();
        for (Strike strike : strikes) {
            String label = uses.get(monthly(strike)) > 1
                    ? DAY.format(strike.firstDay()) + " " + group(strike)
                    : monthly(strike);
            labels.put(strike.id(), labels.containsValue(label) ? label + " (" + strike.id() + ")" : label);
        }
        return labels;
    }

    private static String monthly(Strike strike) {
        return MONTH.format(strike.firstDay()) + " " + group(strike);
    }

    /** "JD", "nurses", "consultants + JD": the staff group without its scope, shortened. */
    static String group(Strike strike) {
        String group =
                strike.staffGroup().replaceAll("\\s*\\(.*\\)", "").strip().toLowerCase(Locale.UK);
        for (Map.Entry<String, String> shorter : SHORTER) {
            group = group.replace(shorter.getKey(), shorter.getValue());
        }
        return group;
    }
}
