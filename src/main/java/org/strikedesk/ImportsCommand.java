package org.strikedesk;

import java.util.concurrent.Callable;
import org.strikedesk.ingest.ImportRecord;
import org.strikedesk.ingest.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code imports}: the import history, newest first. */
@Command(name = "imports", description = "List the import history, newest first")
final class ImportsCommand implements Callable<Integer> {
    @Mixin
    Locations locations;

    @Option(names = "--limit", defaultValue = "50", description = "How many imports to list (default: 50)")
    int limit;

    @Override
    public Integer call() throws Exception {
        Logging.quiet();
        try (Application app = locations.open()) {
            System.out.printf(
                    "%-5s %-20s %-13s %-9s %6s %6s %7s %6s  %-12s  %s%n",
                    "#", "when (UTC)", "route", "outcome", "rows", "added", "revised", "errors", "sha256", "file / by");
            for (ImportRecord r : app.history().latest(limit)) {
                ImportReport.Arrival arrival = r.arrival();
                System.out.printf(
                        "%-5d %-20s %-13s %-9s %6d %6d %7d %6d  %-12s  %s (by %s)%n",
                        r.id(),
                        arrival.at().toString().substring(0, 19).replace('T', ' '),
                        arrival.route().label(),
                        r.standing(),
                        r.counts().rows(),
                        r.counts().added(),
                        r.counts().revised(),
                        r.errors().count(),
                        arrival.checksum()
                                .substring(0, Math.min(12, arrival.checksum().length())),
                        arrival.file(),
                        arrival.by());
                r.errors().first().ifPresent(first -> System.out.println("      first error: " + first));
            }
        }
        return 0;
    }
}
