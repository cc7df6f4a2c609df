package org.strikedesk.discord.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Keeps every {@link WireRecord} in memory and appends it as one JSON line to the wire log file.
 * Nothing is redacted except the bot's credentials: the Authorization header is written as
 * {@code Bot ***} and the token inside IDENTIFY/RESUME as {@code ***}, so a test scanning the log
 * for a leaked token only finds real leaks.
 */
final class WireLog implements AutoCloseable {
    /** Appended to on every request and frame, read far less often: a copy on read, not on every write. */
    private final List<WireRecord> records = new ArrayList<>();

    private final AtomicLong sequence = new AtomicLong();
    private final Path path;
    private final BufferedWriter writer;

    WireLog(Path path) {
        this.path = path;
        try {
            Files.createDirectories(path.toAbsolutePath().getParent());
            this.writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path() {
        return path;
    }

    WireRecord add(
            WireRecord.Direction direction,
            WireRecord.Transport transport,
            String method,
            String pathOrName,
            String query,
            Integer status,
            JsonNode body,
            String authorization,
            List<UploadedFile> files,
            Instant timestamp) {
        WireRecord record = new WireRecord(
                sequence.incrementAndGet(),
                timestamp,
                direction,
                transport,
                method,
                pathOrName,
                query,
                status,
                body,
                authorization,
                files);
        synchronized (records) {
            records.add(record);
        }
        write(record);
        return record;
    }

    /** Drops the records held in memory; the file keeps them. */
    void forget() {
        synchronized (records) {
            records.clear();
        }
    }

    List<WireRecord> records() {
        synchronized (records) {
            return List.copyOf(records);
        }
    }

    List<WireRecord> records(Predicate<WireRecord> filter) {
        synchronized (records) {
            return records.stream().filter(filter).toList();
        }
    }

    private synchronized void write(WireRecord record) {
        try {
            writer.write(Json.write(toLine(record)));
            writer.newLine();
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode toLine(WireRecord record) {
        ObjectNode line = Json.object()
                .put("seq", record.seq())
                .put("timestamp", record.timestamp().toString())
                .put("direction", record.direction().name().toLowerCase(java.util.Locale.ROOT))
                .put("transport", record.transport().name().toLowerCase(java.util.Locale.ROOT))
                .put("method", record.method())
                .put("path", record.path());
        if (record.query() != null) {
            line.put("query", record.query());
        }
        if (record.status() == null) {
            line.putNull("status");
        } else {
            line.put("status", record.status());
        }
        if (record.authorization() != null) {
            line.put("authorization", record.authorization().startsWith("Bot ") ? "Bot ***" : "***");
        }
        line.set("body", maskGatewayToken(record));
        if (!record.files().isEmpty()) {
            line.set("files", files(record.files()));
        }
        return line;
    }

    /** File parts are described, not dumped: name, type and size. */
    private static ArrayNode files(List<UploadedFile> uploaded) {
        ArrayNode files = Json.array();
        for (UploadedFile f : uploaded) {
            files.addObject()
                    .put("field", f.field())
                    .put("filename", f.filename())
                    .put("content_type", f.contentType())
                    .put("size", f.bytes().length);
        }
        return files;
    }

    /** IDENTIFY and RESUME carry the bot token in {@code d.token}; it is a credential like the header. */
    private static JsonNode maskGatewayToken(WireRecord record) {
        JsonNode body = record.body();
        int op = body == null ? -1 : body.path("op").asInt(-1);
        if (record.isRest() || (op != 2 && op != 6) || !body.path("d").has("token")) {
            return body;
        }
        ObjectNode copy = body.deepCopy();
        ((ObjectNode) copy.get("d")).put("token", "***");
        return copy;
    }

    @Override
    public synchronized void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
