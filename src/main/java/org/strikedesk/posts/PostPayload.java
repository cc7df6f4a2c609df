package org.strikedesk.posts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;

/**
 * What a post says, stored with it in the outbox and rendered when it is delivered.
 *
 * @param changes the figures it reports (releases, corrections, summaries, edits)
 * @param org what a digest reports on, or what a subscription follows
 * @param note free text for alerts
 */
public record PostPayload(List<PostChange> changes, String org, String note) {
    public PostPayload {
        changes = changes == null ? List.of() : List.copyOf(changes);
        note = note == null ? "" : note;
    }

    public static PostPayload changes(String org, List<PostChange> changes) {
        return new PostPayload(changes, org, "");
    }

    public static PostPayload note(String note) {
        return new PostPayload(List.of(), null, note);
    }

    /** The payload as stored with its post. */
    String toJson() {
        try {
            return Json.MAPPER.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a post payload is always serialisable", e);
        }
    }

    static PostPayload fromJson(String json) {
        try {
            return Json.MAPPER.readValue(json, PostPayload.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored post payload cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    /** Made when a post is first written or read, not when StrikeDesk starts: a console answer never needs it. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }
}
