package org.strikedesk.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.strikedesk.Application;
import org.strikedesk.support.TestApplications;

/**
 * Run in its own JVM by {@link ImportCrashTest}: opens StrikeDesk on a store and imports files, saying on standard
 * output what it is doing, then waits to be killed. Arguments: the store, the reference data folder, the files.
 */
public final class ImportInChildProcess {
    /** Lines the child prints, in order. */
    static final String OPENING = "opening";

    static final String IMPORTING = "importing";
    static final String COMMITTING = "committing";
    static final String IMPORTED = "imported";
    static final String DONE = "done";

    /**
     * How long the child holds an import's transaction open after writing it and before committing. Writing and
     * committing take a few milliseconds at the end of an import; this widens that window so that some of the
     * kills land between the two, with every row written but none committed.
     */
    static final int MAX_HOLD_MILLIS = 150;

    private ImportInChildProcess() {}

    public static void main(String[] args) throws Exception {
        say(OPENING);
        try (Application app = Application.open(
                TestApplications.WITHOUT_GATE, Path.of(args[0]), Path.of(args[1]), Clock.systemUTC())) {
            app.importer().addListener((connection, report) -> {
                say(COMMITTING + " " + report.arrival().file());
                sleep(ThreadLocalRandom.current().nextInt(MAX_HOLD_MILLIS));
            });
            for (int i = 2; i < args.length; i++) {
                Path file = Path.of(args[i]);
                String name = file.getFileName().toString();
                say(IMPORTING + " " + name);
                ImportReport report = app.importer().importFile(file, name, ImportRoute.COMMAND_LINE, "crash test");
                say(IMPORTED + " " + name + " " + report.outcome().id());
            }
            say(DONE);
            sleep(TimeUnit.MINUTES.toMillis(1));
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
