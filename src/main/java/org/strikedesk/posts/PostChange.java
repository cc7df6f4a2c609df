package org.strikedesk.posts;

import java.time.LocalDate;
import org.strikedesk.figures.Figure;
import org.strikedesk.figures.Metric;
import org.strikedesk.ingest.FigureChange;

/**
 * One figure a post reports: new (no {@code before}) or revised.
 *
 * @param org the organisation's code
 * @param strike the strike's id
 * @param metric the metric's id
 * @param day the strike day, or null for the whole strike
 * @param before the value it replaced, or null when new
 * @param after the value now
 */
public record PostChange(String org, String strike, String metric, LocalDate day, Long before, long after) {

    static PostChange of(FigureChange change) {
        return new PostChange(
                change.after().orgCode(),
                change.after().strikeId(),
                change.after().metric().id(),
                change.after().day(),
                change.before() == null ? null : change.before().value(),
                change.after().value());
    }

    /** The organisation in the strike that the figure is for. */
    public Figure.Scope scope() {
        return new Figure.Scope(org, strike);
    }

    public boolean revised() {
        return before != null;
    }

    public Metric metricValue() {
        return Metric.byId(metric).orElseThrow();
    }
}
