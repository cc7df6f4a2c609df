package org.strikedesk.ingest.validate;

import org.strikedesk.figures.Figure;
import org.strikedesk.ingest.read.Cell;

/**
 * A running total as read from a file, with where its value was, so a check across rows can name the cell.
 *
 * @param figure the running total
 * @param sheet the worksheet it was on, or empty for a CSV file
 * @param value the cell its value was read from
 */
public record RunningTotalRow(Figure figure, String sheet, Cell value) {}
