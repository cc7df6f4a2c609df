package org.strikedesk;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.strikedesk.ingest.ImportReport;
import org.strikedesk.ingest.ImportRoute;
import org.strikedesk.support.TestApplications;

/**
 * Run in its own JVM by {@link ConcurrentImportsTest}: imports a file and, with every figure written but nothing yet
 * committed, says {@value #HOLDING} and holds the store's write lock until a line arrives on standard input; then
 * commits and prints the report. Arguments: the store, the file.
 */
public final class HeldImport {
    static final String HOLDING = "holding";

    private HeldImport() {}

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (Application app = Application.open(
                TestApplications.WITHOUT_GATE, Path.of(args[0]), TestApplications.SHIPPED_DATA, Clock.systemUTC())) {
            app.importer().addListener((connection, report) -> {
                System.out.println(HOLDING);
                System.out.flush();
                try {
                    in.readLine();
                } catch (java.io.IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            Path file = Path.of(args[1]);
            ImportReport report = app.importer()
                    .importFile(file, file.getFileName().toString(), ImportRoute.COMMAND_LINE, "held import");
            System.out.println(report.summary());
        }
    }
}
