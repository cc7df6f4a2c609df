package org.strikedesk.ingest.read;

/**
 * One figure as a reader found it, before validation. Optional fields are null when the file has no column for
 * them.
 *
 * @param row the row it was read from
 * @param strike the strike id
 * @param org the organisation code
 * @param date the strike day, or null/blank for a whole-strike figure
 * @param metric the metric name
 * @param value the count
 * @param source the publication's URL
 * @param published the publication date, or null/blank
 */
public record RawFigure(
        int row, Cell strike, Cell org, Cell date, Cell metric, Cell value, Cell source, Cell published) {}
