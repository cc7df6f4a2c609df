package org.strikedesk.ingest.inbox;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.strikedesk.ingest.ImportReport;
import org.strikedesk.ingest.errors.ImportError;

/** The text of {@code NAME.error.txt}: every error that rejected a file, one a line, and what to do next. */
final class ErrorReport {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK).withZone(ZoneId.of("Europe/London"));

    private ErrorReport() {}

    static String of(ImportReport report) {
        StringBuilder text = new StringBuilder();
        text.append(report.arrival().file())
                .append(" was rejected on ")
                .append(WHEN.format(report.arrival().at()))
                .append(" (import #")
                .append(report.id())
                .append("); nothing in it was imported.\n\n");
        text.append(report.errorCount()).append(report.errorCount() == 1 ? " error:\n" : " errors:\n");
        for (ImportError error : report.errors()) {
            text.append("  ").append(error).append('\n');
        }
        int unlisted = report.errorCount() - report.errors().size();
        if (unlisted > 0) {
            text.append("  and ").append(unlisted).append(" more errors of the same kinds, not listed\n");
        }
        return text.append("\nFix the file and drop it into the inbox again.\n").toString();
    }
}
