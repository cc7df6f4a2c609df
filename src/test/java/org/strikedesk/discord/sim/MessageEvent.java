package org.strikedesk.discord.sim;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** One step in a channel's history: a message as it was right after being created, edited or deleted. */
public record MessageEvent(Kind kind, String messageId, JsonNode message, Instant at) {
    public enum Kind {
        CREATED,
        EDITED,
        DELETED
    }
}
