package org.strikedesk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.strikedesk.config.UserFacingException;
import org.strikedesk.ingest.ImportReport;
import org.strikedesk.ingest.ImportRoute;
import org.strikedesk.ingest.errors.ImportError;
import org.strikedesk.ingest.inbox.Inbox;
import org.strikedesk.ingest.inbox.InboxFolders;
import org.strikedesk.ingest.inbox.InboxOutcome;
import org.strikedesk.store.StoreException;
import org.strikedesk.store.StoreProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ingest FILE…} imports figures files and prints what changed; {@code ingest --inbox [DIR]} processes the
 * inbox once, for cron. Non-zero when a file is rejected.
 */
@Command(name = "ingest", description = "Import figures files (.csv, .xlsx), or the inbox once, and print what changed")
final class IngestCommand implements Callable<Integer> {
    @Mixin
    Locations locations;

    @Option(
            names = "--inbox",
            arity = "0..1",
            fallbackValue = "",
            paramLabel = "DIR",
            description = "Process the inbox once (default: ingest.inbox in the config); with DIR, that folder, its"
                    + " files moving to imported/ and rejected/ beside it")
    String inbox;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Files in the tidy figures format or a wide layout")
    List<Path> files = List.of();

    @Override
    public Integer call() throws Exception {
        Logging.quiet();
        if (inbox == null && files.isEmpty()) {
            throw new UserFacingException("Name the files to import, or give --inbox to process the inbox once.");
        }
        try (Application app = locations.open()) {
            return importAll(app);
        }
    }

    /** Imports the files and the inbox this command names into {@code app}; returns the exit code. */
    int importAll(Application app) throws IOException, InterruptedException {
        int rejected = 0;
        try {
            for (Path file : files) {
                rejected += importFile(app, file) ? 0 : 1;
            }
            if (inbox != null) {
                rejected += processInbox(app);
            }
        } catch (StoreException e) {
            if (e.problem().isEmpty()) {
                throw e;
            }
            // The store failed under an import: the rest would fail the same way.
            StoreProblem problem = e.problem().get();
            System.err.println(notImported(problem));
            return ExitCodes.of(problem.kind());
        }
        return rejected == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }

    /** "The disk holding the store … is full; nothing was imported: free some space on it, then try again." */
    static String notImported(StoreProblem problem) {
        String fault = problem.fault();
        return Character.toUpperCase(fault.charAt(0)) + fault.substring(1) + "; nothing was imported: "
                + problem.remedy() + ".";
    }

    private static boolean importFile(Application app, Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            System.err.println(file + ": no such file");
            return false;
        }
        ImportReport report = app.importer()
                .importFile(file, file.getFileName().toString(), ImportRoute.COMMAND_LINE, ConsoleUser.name(null));
        print(report);
        return !report.rejected();
    }

    /** Two scans a settle time apart: files that did not change between them are imported. */
    private int processInbox(Application app) throws IOException, InterruptedException {
        Inbox chosen = inbox.isBlank()
                ? app.inbox()
                : new Inbox(
                        InboxFolders.beside(Path.of(inbox)),
                        app.importer(),
                        app.clock(),
                        app.config().ingest().settle());
        Inbox.Scan first = chosen.scan();
        Inbox.Scan second = first.waiting().isEmpty() ? first : settleAndScan(app, chosen);
        int rejected = 0;
        for (InboxOutcome outcome : second.processed()) {
            System.out.println(outcome.summary());
            if (outcome.report() != null) {
                printErrors(outcome.report());
            }
            rejected += outcome.rejected() ? 1 : 0;
        }
        for (String name : second.waiting()) {
            System.out.println(name + ": still being written; left for the next run");
        }
        if (second.processed().isEmpty() && second.waiting().isEmpty()) {
            System.out.println("The inbox " + chosen.folders().inbox() + " is empty.");
        }
        return rejected;
    }

    private static Inbox.Scan settleAndScan(Application app, Inbox chosen) throws IOException, InterruptedException {
        Thread.sleep(app.config().ingest().settle().toMillis());
        return chosen.scan();
    }

    private static void print(ImportReport report) {
        System.out.println(report.summary());
        printErrors(report);
    }

    private static void printErrors(ImportReport report) {
        for (ImportError error : report.errors()) {
            System.out.println("  " + error);
        }
        if (report.errorCount() > report.errors().size()) {
            System.out.println("  and " + (report.errorCount() - report.errors().size()) + " more errors");
        }
    }
}
