package org.strikedesk.figures;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** What a figure counts, by its name in the tidy figures format. */
public enum Metric {
    INPATIENT_RESCHEDULED("inpatient_rescheduled", "Inpatient and day case", false),
    OUTPATIENT_RESCHEDULED("outpatient_rescheduled", "Outpatient", false),
    ACUTE_RESCHEDULED("acute_rescheduled", "Acute (inpatient and outpatient)", false),
    MENTAL_HEALTH_RESCHEDULED("mental_health_rescheduled", "Mental health", false),
    COMMUNITY_RESCHEDULED("community_rescheduled", "Community", false),
    STAFF_ABSENT("staff_absent", "Staff absent", true),
    STAFF_ABSENT_MAX("staff_absent_max", "Staff absent, peak day", false),
    STAFF_ABSENT_MIN("staff_absent_min", "Staff absent, lowest day", false),
    /**
     * NHS England's own running total of acute appointments and procedures rescheduled since December 2022, as it
     * stood after the strike on its row: a whole-strike figure for England only. It is NHS England's statement,
     * not a sum StrikeDesk makes, and it includes strikes with no published count.
     */
    ACUTE_RESCHEDULED_CUMULATIVE("acute_rescheduled_cumulative", "NHS England's running total", false);

    private final String id;
    private final String label;
    private final boolean dailyOnly;

    Metric(String id, String label, boolean dailyOnly) {
        this.id = id;
        this.label = label;
        this.dailyOnly = dailyOnly;
    }

    /** The name used in files, e.g. {@code inpatient_rescheduled}. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** True when the figure is a day's count and a whole-strike row makes no sense. */
    public boolean dailyOnly() {
        return dailyOnly;
    }

    /** True for the whole-strike staff peaks and lows and the running total, which never have a date. */
    public boolean wholeStrikeOnly() {
        return this == STAFF_ABSENT_MAX || this == STAFF_ABSENT_MIN || this == ACUTE_RESCHEDULED_CUMULATIVE;
    }

    /** True for a figure only England has: NHS England's running total. */
    public boolean englandOnly() {
        return this == ACUTE_RESCHEDULED_CUMULATIVE;
    }

    public boolean isRescheduled() {
        return id.endsWith("_rescheduled");
    }

    public static Optional<Metric> byId(@Nullable String id) {
        if (id == null) {
            return Optional.empty();
        }
        Metric exact = BY_ID.get(id);
        return exact != null
                ? Optional.of(exact)
                : Optional.ofNullable(BY_ID.get(id.trim().toLowerCase(Locale.ROOT)));
    }

    private static final Map<String, Metric> BY_ID =
            Arrays.stream(values()).collect(Collectors.toMap(Metric::id, m -> m));

    public static List<String> ids() {
        return Arrays.stream(values()).map(Metric::id).toList();
    }
}
