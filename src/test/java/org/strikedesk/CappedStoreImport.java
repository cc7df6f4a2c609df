package org.strikedesk;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.strikedesk.commands.Invoker;
import org.strikedesk.console.AttachmentWriter;
import org.strikedesk.console.ConsoleParser;
import org.strikedesk.console.TextRenderer;
import org.strikedesk.store.Database;
import org.strikedesk.support.TestApplications;

/**
 * Run in its own JVM by {@link FullStoreTest}: {@code ingest FILE} on a store that is full, then {@code /status} and
 * a question, as the running bot would be asked next. The store is made full with SQLite's {@code max_page_count},
 * which caps one connection: it is set on the store's one writer, through a transaction of its own, so it holds for
 * every write after it. Arguments: the store, how many pages it may grow by, the file.
 */
public final class CappedStoreImport {
    private CappedStoreImport() {}

    public static void main(String[] args) throws Exception {
        Logging.quiet();
        int code;
        try (Application app = Application.open(
                TestApplications.WITHOUT_GATE, Path.of(args[0]), TestApplications.SHIPPED_DATA, Clock.systemUTC())) {
            cap(app.database(), Integer.parseInt(args[1]));
            IngestCommand ingest = new IngestCommand();
            ingest.files = List.of(Path.of(args[2]));
            code = ingest.importAll(app);
            ask(app, "/status");
            ask(app, "/cancellations trust:ENHT");
        }
        System.exit(code);
    }

    private static void cap(Database database, int headroom) {
        database.transaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                long pages;
                try (ResultSet count = statement.executeQuery("PRAGMA page_count")) {
                    count.next();
                    pages = count.getLong(1);
                }
                statement.execute("PRAGMA max_page_count = " + (pages + headroom));
            }
            return null;
        });
    }

    private static void ask(Application app, String line) {
        ConsoleParser.Parsed parsed = new ConsoleParser(app.commands()).parse(line, Invoker.CONSOLE);
        System.out.print(
                TextRenderer.render(app.commands().handle(parsed.request()), new AttachmentWriter(Path.of("."))));
    }
}
