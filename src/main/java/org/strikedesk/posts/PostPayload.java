package org.strikedesk.posts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import org.strikedesk.replies.Reply;

/**
 * What a post says, stored with it in the outbox and rendered when it is delivered. Payloads stored by earlier
 * versions have no title, fields or buttons, and read as having none.
 *
 * @param changes the figures it reports (releases, corrections, summaries, edits)
 * @param org what a digest reports on, or what a subscription follows
 * @param note free text for alerts and notices
 * @param title a notice's heading
 * @param fields a notice's labelled parts
 * @param actions a notice's buttons, each with its whole meaning in its id
 */
public record PostPayload(
        List<PostChange> changes,
        String org,
        String note,
        String title,
        List<Reply.Field> fields,
        List<Reply.Action> actions) {
    public PostPayload {
        changes = changes == null ? List.of() : List.copyOf(changes);
        note = note == null ? "" : note;
        title = title == null ? "" : title;
        fields = fields == null ? List.of() : List.copyOf(fields);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    public static PostPayload changes(String org, List<PostChange> changes) {
        return new PostPayload(changes, org, "", "", List.of(), List.of());
    }

    /** A scheduled digest of the latest figures for {@code org}, named {@code name}. */
    public static PostPayload digest(String org, String name) {
        return new PostPayload(List.of(), org, name, "", List.of(), List.of());
    }

    public static PostPayload note(String note) {
        return new PostPayload(List.of(), null, note, "", List.of(), List.of());
    }

    /**
     * A notice to people, written whole when it is owed: its heading, text, fields and buttons. Sources, caveats and
     * attachments are not kept: a notice has none.
     */
    public static PostPayload notice(Reply reply) {
        return new PostPayload(List.of(), null, reply.text(), reply.title(), reply.fields(), reply.actions());
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
