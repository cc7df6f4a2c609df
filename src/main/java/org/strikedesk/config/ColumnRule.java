package org.strikedesk.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.regex.Pattern;
import org.strikedesk.figures.Metric;

/**
 * One rule of a wide layout: the headings it matches hold one metric, on the day the heading names.
 *
 * @param heading matches the column's heading (case does not matter); its named group {@code date} is the day
 * @param dateFormat how that day is written; a heading that is a date cell reads as its ISO date
 * @param metric what the column counts
 */
public record ColumnRule(Pattern heading, DateText dateFormat, Metric metric) {

    @JsonCreator
    static ColumnRule of(
            @JsonProperty("heading") String heading,
            @JsonProperty("dateFormat") String dateFormat,
            @JsonProperty("metric") String metric) {
        if (heading == null) {
            throw new ConfigException("heading: give a pattern for the headings this rule matches");
        }
        Pattern pattern = WideLayout.Patterns.compile("heading", heading);
        if (!heading.contains("(?<date>")) {
            throw new ConfigException("heading: \"" + heading + "\" must capture the day in a group named date,"
                    + " e.g. ^(?<date>\\d{1,2}/\\d{1,2}/\\d{4}) Inpatient");
        }
        Metric known = Metric.byId(metric)
                .orElseThrow(() -> new ConfigException("metric: \"" + metric + "\" is not a metric (metrics are "
                        + String.join(", ", Metric.ids()) + ")"));
        return new ColumnRule(pattern, DateText.of("dateFormat", dateFormat), known);
    }
}
