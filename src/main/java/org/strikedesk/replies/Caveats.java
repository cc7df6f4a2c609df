package org.strikedesk.replies;

/** The short lines that go with figures, so readers know what they count. */
public final class Caveats {
    /** The one line every reply with rescheduled figures carries; {@link #explained()} says the rest. */
    public static final String SHORT = "NHS England counts appointments rescheduled (often reported as cancelled).";

    /** What NHS England's count is. */
    public static final String RESCHEDULED = "NHS England counts appointments and procedures rescheduled because of"
            + " strikes (often reported as cancelled). Figures understate disruption and may be revised.";

    /** Shown where acute totals are added up. */
    public static final String ACUTE = "Acute means inpatient, day-case and outpatient care at acute trusts;"
            + " NHS England's running totals count acute care only.";

    /** Shown with staff figures. */
    public static final String STAFF = "Staff absent is counted per day; adding days gives staff-days, not people.";

    /** What a total marked partial is. */
    static final String PARTIAL = "A total is marked partial (\"at least\") when a strike day or a measure has no"
            + " published figure; the reply says which.";

    /** Why NHS England's running totals differ from the sum of its counts. */
    static final String RUNNING_TOTALS = "NHS England's own running totals include strikes with no published count"
            + " and later revisions, so they are higher than the sum of the counts StrikeDesk holds.";

    /** What a revision does. */
    static final String REVISIONS = "When a figure is revised, StrikeDesk posts a correction (\"was 1,202, now"
            + " 1,214\") and marks its earlier post.";

    private Caveats() {}

    /** What the figures mean, in full: the answer to the "What these figures mean" button, for the asker alone. */
    public static Reply explained() {
        return Reply.builder(Reply.Tone.ANSWER)
                .title("What these figures mean")
                .text(String.join(
                        "\n",
                        "\u2022 " + RESCHEDULED,
                        "\u2022 " + ACUTE,
                        "\u2022 " + STAFF,
                        "\u2022 " + PARTIAL,
                        "\u2022 " + RUNNING_TOTALS,
                        "\u2022 " + REVISIONS))
                .ephemeral(true)
                .build();
    }
}
