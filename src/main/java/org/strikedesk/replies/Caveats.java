package org.strikedesk.replies;

/** The short lines that go with figures, so readers know what they count. */
public final class Caveats {
    /** Shown with every figure reply. */
    public static final String RESCHEDULED = "NHS England counts appointments and procedures rescheduled because of"
            + " strikes (often reported as cancelled). Figures understate disruption and may be revised.";

    /** Shown where acute totals are added up. */
    public static final String ACUTE = "Acute means inpatient, day-case and outpatient care at acute trusts;"
            + " NHS England's running totals count acute care only.";

    /** Shown with staff figures. */
    public static final String STAFF = "Staff absent is counted per day; adding days gives staff-days, not people.";

    private Caveats() {}
}
