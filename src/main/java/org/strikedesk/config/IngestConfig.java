package org.strikedesk.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How new figures get in: the inbox folder, the wide-workbook layouts, the URLs polled, and the limits that keep
 * an oversized or hostile file out. Folders are relative to StrikeDesk's home unless absolute.
 *
 * @param inbox the folder watched for new files
 * @param imported where an imported file is moved
 * @param rejected where a rejected file is moved, with {@code NAME.error.txt} beside it
 * @param layouts the folder of wide-workbook layouts ({@code *.json})
 * @param inboxRescan how often the inbox is listed again, in case the file system missed telling us of a file
 * @param settle how long a file's size and modification time must stay the same before it is read, so a file
 *     still being copied in is not read early
 * @param maxFileBytes the largest file accepted, by any route
 * @param maxUncompressedBytes the most a workbook may hold once unzipped
 * @param maxCompressionRatio the most a workbook part may shrink when zipped (a zip bomb shrinks far more)
 * @param maxRows the most rows a worksheet may have
 * @param maxColumns the most columns a worksheet may have
 * @param poll the URLs checked for new files
 * @param pollTimeout how long one fetch may take
 * @param pollMaxBackoff the longest wait between attempts at a URL that keeps failing
 */
public record IngestConfig(
        String inbox,
        String imported,
        String rejected,
        String layouts,
        Duration inboxRescan,
        Duration settle,
        long maxFileBytes,
        long maxUncompressedBytes,
        int maxCompressionRatio,
        int maxRows,
        int maxColumns,
        List<PollConfig> poll,
        Duration pollTimeout,
        Duration pollMaxBackoff) {

    public static final IngestConfig DEFAULT =
            of(null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    /** Excel's own limit: a sheet never has more columns than this. */
    static final int EXCEL_COLUMNS = 16_384;

    public IngestConfig {
        inbox = folder("ingest.inbox", inbox);
        imported = folder("ingest.imported", imported);
        rejected = folder("ingest.rejected", rejected);
        layouts = folder("ingest.layouts", layouts);
        Durations.atLeast("ingest.inboxRescan", inboxRescan, Duration.ofSeconds(1));
        Durations.atLeast("ingest.settle", settle, Duration.ZERO);
        atLeast("ingest.maxFileBytes", maxFileBytes, 1024);
        atLeast("ingest.maxUncompressedBytes", maxUncompressedBytes, 1024);
        atLeast("ingest.maxCompressionRatio", maxCompressionRatio, 10);
        atLeast("ingest.maxRows", maxRows, 10);
        atLeast("ingest.maxColumns", maxColumns, 10);
        if (maxColumns > EXCEL_COLUMNS) {
            throw new ConfigException("ingest.maxColumns must be at most " + EXCEL_COLUMNS + ", as in Excel");
        }
        poll = List.copyOf(poll);
        Set<String> urls = new HashSet<>();
        for (PollConfig entry : poll) {
            if (!urls.add(entry.url().toString())) {
                throw new ConfigException("ingest.poll lists " + entry.url() + " twice");
            }
        }
        Durations.atLeast("ingest.pollTimeout", pollTimeout, Duration.ofSeconds(1));
        Durations.atLeast("ingest.pollMaxBackoff", pollMaxBackoff, Duration.ofMinutes(1));
    }

    @JsonCreator
    static IngestConfig of(
            @JsonProperty("inbox") String inbox,
            @JsonProperty("imported") String imported,
            @JsonProperty("rejected") String rejected,
            @JsonProperty("layouts") String layouts,
            @JsonProperty("inboxRescan") String inboxRescan,
            @JsonProperty("settle") String settle,
            @JsonProperty("maxFileBytes") Long maxFileBytes,
            @JsonProperty("maxUncompressedBytes") Long maxUncompressedBytes,
            @JsonProperty("maxCompressionRatio") Integer maxCompressionRatio,
            @JsonProperty("maxRows") Integer maxRows,
            @JsonProperty("maxColumns") Integer maxColumns,
            @JsonProperty("poll") List<PollConfig> poll,
            @JsonProperty("pollTimeout") String pollTimeout,
            @JsonProperty("pollMaxBackoff") String pollMaxBackoff) {
        return new IngestConfig(
                inbox == null ? "data/inbox" : inbox,
                imported == null ? "data/imported" : imported,
                rejected == null ? "data/rejected" : rejected,
                layouts == null ? "config/layouts" : layouts,
                Durations.parse("ingest.inboxRescan", inboxRescan, Duration.ofMinutes(1)),
                Durations.parse("ingest.settle", settle, Duration.ofSeconds(2)),
                maxFileBytes == null ? 64L * 1024 * 1024 : maxFileBytes,
                maxUncompressedBytes == null ? 200L * 1024 * 1024 : maxUncompressedBytes,
                maxCompressionRatio == null ? 100 : maxCompressionRatio,
                maxRows == null ? 100_000 : maxRows,
                maxColumns == null ? 1_000 : maxColumns,
                poll == null ? List.of() : poll,
                Durations.parse("ingest.pollTimeout", pollTimeout, Duration.ofMinutes(1)),
                Durations.parse("ingest.pollMaxBackoff", pollMaxBackoff, Duration.ofHours(6)));
    }

    private static String folder(String key, String value) {
        if (value == null || value.isBlank()) {
            throw new ConfigException(key + " must name a folder");
        }
        return value;
    }

    private static void atLeast(String key, long value, long min) {
        if (value < min) {
            throw new ConfigException(key + " must be at least " + min + ", not " + value);
        }
    }
}
