package org.strikedesk;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The README's reliability figures, read from what the tests wrote to {@code target/reliability/}. The first table
 * holds figures that are the same on every run (seeded inputs, fixed counts, outcomes the tests require); the
 * second holds what varies with timing, such as when each kill landed.
 */
public final class ReliabilitySummary {
    /** The records the summary is made from, one per test that writes one. */
    public static final List<String> RECORDS = List.of(
            "bad-input-commands",
            "bad-input-console",
            "bad-input-names",
            "bad-input-replies",
            "concurrent-imports",
            "crash-imports",
            "discord-unreachable",
            "full-store",
            "gateway-faults",
            "hostile-names-inbox",
            "hostile-names-upload",
            "import-corpus",
            "permissions-registry",
            "permissions-wire",
            "poll-requests",
            "posts-soak",
            "secrets-logs",
            "secrets-wire",
            "store-faults");

    private static final List<String> BAD_INPUT =
            List.of("bad-input-commands", "bad-input-console", "bad-input-names", "bad-input-replies");

    private final Map<String, Map<String, Object>> records;

    private ReliabilitySummary(Map<String, Map<String, Object>> records) {
        this.records = records;
    }

    /** The summary, if every record has been written. */
    public static Optional<ReliabilitySummary> read() {
        Map<String, Map<String, Object>> records = new java.util.LinkedHashMap<>();
        for (String name : RECORDS) {
            Optional<Map<String, Object>> record = ReliabilityRecord.read(name);
            if (record.isEmpty()) {
                return Optional.empty();
            }
            records.put(name, record.get());
        }
        return Optional.of(new ReliabilitySummary(records));
    }

    /** The figures that are the same on every run, as a Markdown table. */
    public String table() {
        List<String[]> rows = new ArrayList<>();
        rows.add(row(
                "Bad inputs tried in all, none of them making StrikeDesk throw",
                number(r -> BAD_INPUT.stream()
                        .mapToLong(name -> ((Number) r.get(name).get("inputsTried")).longValue())
                        .sum())));
        rows.add(row(
                "Bad inputs to commands and autocomplete (as admin and member), each answered within Discord's limits"
                        + " and pinging no one",
                number("bad-input-commands", "inputsTried")));
        rows.add(row(
                "Bad lines at the console, each a request or a one-sentence problem",
                number("bad-input-console", "inputsTried")));
        rows.add(row("Bad trust names resolved without an exception", number("bad-input-names", "inputsTried")));
        rows.add(row(
                "Replies of any shape (long text, 40 fields, buttons) sent as messages Discord accepts",
                number("bad-input-replies", "inputsTried")));
        rows.add(row(
                "Imports killed with SIGKILL, store intact and each import whole or absent after every kill",
                number("crash-imports", "intact") + " of " + number("crash-imports", "kills")));
        rows.add(row("Rows in each killed import", number("crash-imports", "rowsPerImport")));
        rows.add(row(
                "Malformed files (CSV and XLSX) rejected, each error naming the file and, where the fault has them,"
                        + " the sheet, row and column",
                number("import-corpus", "rejected") + " of " + number("import-corpus", "malformedFiles")));
        rows.add(row(
                "Malformed files after which the store answered exactly as before (replies, figures, checksum)",
                number("import-corpus", "storeUnchanged") + " of " + number("import-corpus", "malformedFiles")));
        rows.add(row(
                "Unusual files (byte-order mark, CRLF, quoted commas, thousands separators, numbers as text) accepted"
                        + " with exactly their figures",
                number("import-corpus", "unusualAccepted")));
        rows.add(row(
                "Hostile file names (traversals, absolute paths, NULs, look-alikes of /, links out) through /ingest"
                        + " and the inbox",
                number("hostile-names-upload", "hostileNames") + ", " + number("hostile-names-inbox", "hostileNames")));
        rows.add(row(
                "Files written outside the data folder by them",
                number(r -> ((Number) r.get("hostile-names-upload").get("escaped")).longValue()
                        + ((Number) r.get("hostile-names-inbox").get("escaped")).longValue())));
        rows.add(row(
                "Requests the URL poller made over five hours (redirects and failures among its "
                        + number("poll-requests", "urlsConfigured") + " URLs), and those for an address not"
                        + " configured",
                number("poll-requests", "urlsRequested") + ", " + number("poll-requests", "unconfigured")));
        rows.add(row(
                "Gateway and REST faults injected, the bot answering correctly after each",
                number("gateway-faults", "faultsInjected")));
        rows.add(row(
                "Admin commands refused to members without Manage Server: in the registry, over the wire",
                number("permissions-registry", "refused") + ", " + number("permissions-wire", "refused")));
        rows.add(row(
                "Stores StrikeDesk cannot use (junk, a folder, read-only, of a newer schema, damaged), each refused in one"
                        + " sentence with an exit code of its own",
                number("store-faults", "faults") + ", " + number("store-faults", "distinctExitCodes") + " codes"));
        rows.add(row(
                "Imports onto a full store: rolled back whole and said in one sentence, recorded in the history, and"
                        + " imported whole once there was room",
                number("full-store", "rolledBackWhole") + " of " + number("full-store", "failedImports") + ", "
                        + number("full-store", "recorded") + ", " + number("full-store", "importedWithRoom")));
        rows.add(row(
                "Imports into one store by two processes at once, both finished (the second after waiting its turn);"
                        + " readers that had to wait",
                number("concurrent-imports", "finished") + " of " + number("concurrent-imports", "imports") + ", "
                        + number("concurrent-imports", "readersBlocked")));
        rows.add(row(
                "Logins refused while Discord was unreachable at start, one log line each, before the bot connected"
                        + " to it when it came up",
                number("discord-unreachable", "refusedAttemptsBeforeStart")));
        rows.add(row(
                "Posts from " + number("posts-soak", "releases") + " releases to "
                        + number("posts-soak", "subscriptions")
                        + " channels while " + number("posts-soak", "faultPercent") + "% of the bot's channel requests"
                        + " got a 429, a 5xx or no answer, and the bot was killed with SIGKILL mid-delivery and restarted",
                number("posts-soak", "posts") + " (" + number("posts-soak", "kills") + " kills)"));
        rows.add(row(
                "Posts of the soak missing at the end, and posted twice",
                number("posts-soak", "missing") + ", " + number("posts-soak", "duplicates")));
        rows.add(row(
                "Bot token found in log lines (TRACE), request bodies, queries or messages",
                number(r -> ((Number) r.get("secrets-logs").get("leaks")).longValue()
                        + ((Number) r.get("secrets-wire").get("leaks")).longValue())));
        return markdown(rows);
    }

    /** The figures that vary with timing, from this run, as a Markdown table. */
    public String thisRun() {
        @SuppressWarnings("unchecked")
        Map<String, Object> when =
                (Map<String, Object>) records.get("crash-imports").get("killedWhen");
        List<String[]> rows = new ArrayList<>();
        for (String moment :
                List.of("before the import", "during the import", "before the commit", "after the commit")) {
            rows.add(row("Kills that landed " + moment, format(((Number) when.getOrDefault(moment, 0)).longValue())));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> faults =
                (Map<String, Object>) records.get("posts-soak").get("faultsByKind");
        rows.add(row(
                "Faults injected in the posts soak: 429, 503, 500, no answer",
                number("posts-soak", "faultsInjected") + ": "
                        + List.of("429", "503", "500", "no answer").stream()
                                .map(kind -> format(((Number) faults.getOrDefault(kind, 0)).longValue()))
                                .collect(Collectors.joining(", "))));
        rows.add(row("Posts soak, seconds from the first start to the last post", number("posts-soak", "seconds")));
        rows.add(row("Log lines scanned for the token", number("secrets-logs", "logLinesScanned")));
        rows.add(row("Wire records scanned for the token", number("secrets-wire", "wireRecordsScanned")));
        return markdown(rows);
    }

    /** All of {@code summary.md}. */
    public String document() {
        return "# StrikeDesk reliability\n\nWritten by the tests (`./mvnw verify`). These figures are the same on every"
                + " run; the README's table must match them.\n\n" + table()
                + "\nThese depend on timing, and vary from run to run:\n\n" + thisRun();
    }

    private String number(String record, String key) {
        return number(r -> ((Number) r.get(record).get(key)).longValue());
    }

    private String number(Function<Map<String, Map<String, Object>>, Long> figure) {
        return format(figure.apply(records));
    }

    private static String format(long value) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(value);
    }

    private static String[] row(String measure, String figure) {
        return new String[] {measure, figure};
    }

    private static String markdown(List<String[]> rows) {
        StringBuilder table = new StringBuilder("| measure | figure |\n|---|---:|\n");
        rows.forEach(
                r -> table.append("| ").append(r[0]).append(" | ").append(r[1]).append(" |\n"));
        return table.toString();
    }
}
