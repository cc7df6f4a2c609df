package org.strikedesk.ingest;

import java.util.Objects;
import org.strikedesk.figures.Figure;

/**
 * Something that looks wrong in an import, found by the plausibility gate: the rule it breaks, the organisation and
 * strike it is about, and a sentence an editor can act on.
 *
 * @param rule the rule broken
 * @param scope the organisation in the strike the figures are for
 * @param text what looks wrong, in words, with the figures compared
 */
public record Finding(Rule rule, Figure.Scope scope, String text) {
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(scope, "scope");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a finding says what looks wrong");
        }
    }

    /** The rules of the plausibility gate. Only {@link HeldImports} knows how each is stored. */
    public enum Rule {
        /** A trust's total far above its own record and the highest of any trust in its region. */
        TRUST_TOTAL,
        /** The trusts of a region, or of England, adding up to more than its published total. */
        SUM_ABOVE_TOTAL,
        /** A revision that moves a figure by more than the share allowed. */
        REVISION,
        /** A day's figure larger than the whole-strike figure for the same measure. */
        DAY_ABOVE_WHOLE,
        /** A staff figure far above any staff figure the trust has reported. */
        STAFF_RECORD
    }
}
