package org.strikedesk.replies;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.strikedesk.figures.Amount;
import org.strikedesk.figures.Metric;
import org.strikedesk.figures.StrikeFigures;

/** What a chart across strikes can show: a rescheduled total, or the peak day's staff absence. */
public enum ChartMetric {
    ACUTE("acute", "Rescheduled (inpatient and outpatient)", "appointments and procedures rescheduled"),
    INPATIENT("inpatient", "Inpatient and day case", "inpatient and day-case procedures rescheduled"),
    OUTPATIENT("outpatient", "Outpatient", "outpatient appointments rescheduled"),
    STAFF("staff", "Staff absent on the peak day", "staff absent on the peak day");

    private final String id;
    private final String choiceName;
    private final String measure;

    ChartMetric(String id, String choiceName, String measure) {
        this.id = id;
        this.choiceName = choiceName;
        this.measure = measure;
    }

    /** The option value and the name in button ids, e.g. {@code acute}. */
    public String id() {
        return id;
    }

    /** What the option's choice is called, e.g. "Rescheduled (inpatient and outpatient)". */
    public String choiceName() {
        return choiceName;
    }

    /** What is counted, for running text: "appointments and procedures rescheduled". */
    public String measure() {
        return measure;
    }

    /** What is counted, for an axis: "Appointments and procedures rescheduled". */
    public String axisLabel() {
        return measure.substring(0, 1).toUpperCase(Locale.UK) + measure.substring(1);
    }

    /** The strike's value, with the figures behind it; empty when none was published. */
    public Optional<Amount> valueIn(StrikeFigures figures) {
        return switch (this) {
            case ACUTE -> figures.acute();
            case INPATIENT -> figures.total(Metric.INPATIENT_RESCHEDULED);
            case OUTPATIENT -> figures.total(Metric.OUTPATIENT_RESCHEDULED);
            case STAFF ->
                figures.staff()
                        .filter(staff -> staff.peak() != null)
                        .map(staff -> Amount.of(staff.peak(), Metric.STAFF_ABSENT, staff.missingDays(), staff.basis()));
        };
    }

    public static Optional<ChartMetric> byId(String id) {
        String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.id.equals(wanted)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(ChartMetric::id).toList();
    }
}
