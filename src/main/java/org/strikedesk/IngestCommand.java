package org.strikedesk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.strikedesk.ingest.ImportError;
import org.strikedesk.ingest.ImportReport;
import org.strikedesk.ingest.ImportRoute;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ingest FILE…}: imports figures files and prints what changed; non-zero when a file is rejected. */
@Command(name = "ingest", description = "Import figures files (.csv, .xlsx) and print what changed")
final class IngestCommand implements Callable<Integer> {
    @Mixin
    StrikeDesk.Locations locations;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files in the tidy figures format")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        Logging.quiet();
        int rejected = 0;
        try (Application app = locations.open()) {
            for (Path file : files) {
                if (!Files.isRegularFile(file)) {
                    System.err.println(file + ": no such file");
                    rejected++;
                    continue;
                }
                ImportReport report = app.importer()
                        .importFile(file, file.getFileName().toString(), ImportRoute.COMMAND_LINE, user());
                print(report);
                rejected += report.rejected() ? 1 : 0;
            }
        }
        return rejected == 0 ? 0 : 1;
    }

    private static void print(ImportReport report) {
        System.out.println(report.summary());
        for (ImportError error : report.errors()) {
            System.out.println("  " + error);
        }
        if (report.errorCount() > report.errors().size()) {
            System.out.println("  and " + (report.errorCount() - report.errors().size()) + " more errors");
        }
    }

    private static String user() {
        return "command line (" + System.getProperty("user.name", "unknown user") + ")";
    }
}
