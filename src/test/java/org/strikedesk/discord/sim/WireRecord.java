package org.strikedesk.discord.sim;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * One thing that crossed the wire. REST calls produce an {@code IN} record (the bot's request,
 * with the status the simulator answered) and an {@code OUT} record (the response). Gateway frames
 * produce one record each; {@code path} then holds the event or opcode name (READY, IDENTIFY...).
 * REST paths are relative to {@code /api/v10}; {@code query} is the raw query string or null.
 *
 * @param authorization the raw Authorization header, kept in memory only (masked in the wire log)
 * @param files multipart file parts of a request, empty otherwise
 */
public record WireRecord(
        long seq,
        Instant timestamp,
        Direction direction,
        Transport transport,
        String method,
        String path,
        String query,
        Integer status,
        JsonNode body,
        String authorization,
        List<UploadedFile> files) {

    /** {@code IN}: bot to simulator. {@code OUT}: simulator to bot. */
    public enum Direction {
        IN,
        OUT
    }

    public enum Transport {
        REST,
        GATEWAY
    }

    public WireRecord {
        files = List.copyOf(files);
    }

    public boolean isRest() {
        return transport == Transport.REST;
    }

    /** The gateway event or opcode name; only meaningful for gateway records. */
    public String name() {
        return path;
    }
}
