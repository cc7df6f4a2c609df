package org.strikedesk.ingest.validate;

import java.util.List;
import org.strikedesk.figures.Figure;
import org.strikedesk.ingest.errors.ImportError;

/**
 * A file after validation.
 *
 * @param file the file's name
 * @param rows data rows read
 * @param figures the valid figures (meaningful only when there are no errors)
 * @param runningTotals NHS England's running totals among them, with where each was read
 * @param errors the first {@value FigureValidator#ERRORS_KEPT} errors
 * @param errorCount every error, kept or not
 */
public record Validated(
        String file,
        int rows,
        List<Figure> figures,
        List<RunningTotalRow> runningTotals,
        List<ImportError> errors,
        int errorCount) {
    public boolean ok() {
        return errorCount == 0;
    }
}
