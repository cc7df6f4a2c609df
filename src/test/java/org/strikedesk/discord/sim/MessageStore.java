package org.strikedesk.discord.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Messages, their edit history, uploaded attachments and the nonce index. Messages are stored as
 * the JSON Discord would return; ephemeral interaction responses are kept but are not part of the
 * channel's visible messages.
 */
final class MessageStore {
    /** Discord de-duplicates enforced nonces "in the past few minutes"; five is the simulator's default reading. */
    static final Duration NONCE_WINDOW = Duration.ofMinutes(5);

    static final int SUPPRESS_EMBEDS = 1 << 2;
    static final int EPHEMERAL = 1 << 6;
    static final int LOADING = 1 << 7;

    private record Nonce(String messageId, Instant at) {}

    private final Map<String, ObjectNode> messages = new LinkedHashMap<>();
    private final List<MessageEvent> history = new ArrayList<>();
    private final Map<String, StoredAttachment> attachments = new LinkedHashMap<>();
    private final Map<String, Nonce> nonces = new LinkedHashMap<>();
    private final SimUser bot;
    private final Duration nonceWindow;
    private volatile String cdnBase = "http://127.0.0.1/";

    MessageStore(SimUser bot, Duration nonceWindow) {
        this.bot = bot;
        this.nonceWindow = nonceWindow;
    }

    /** Forgets every message and its history (see {@code DiscordSimulator#forgetHistory}); nonces are kept. */
    synchronized void forget() {
        messages.clear();
        history.clear();
        attachments.clear();
    }

    /** The bot, the author of every message created through the API. */
    SimUser bot() {
        return bot;
    }

    /** The HTTP base attachments are served from, set once the REST server knows its port. */
    void cdnBase(String base) {
        this.cdnBase = base;
    }

    /** Creates a message by the bot from a request body (content, embeds, components, files...). */
    synchronized ObjectNode create(
            String channelId,
            String guildId,
            JsonNode payload,
            List<UploadedFile> files,
            Consumer<ObjectNode> decorate) {
        String id = Snowflakes.next();
        ObjectNode message = skeleton(id, channelId, guildId, payload);
        apply(message, payload, files, false);
        decorate.accept(message);
        messages.put(id, message);
        history.add(new MessageEvent(MessageEvent.Kind.CREATED, id, message.deepCopy(), Instant.now()));
        return message.deepCopy();
    }

    /** A new message by the bot with every field Discord returns, before the request is applied. */
    private ObjectNode skeleton(String id, String channelId, String guildId, JsonNode payload) {
        ObjectNode message =
                Json.object().put("id", id).put("channel_id", channelId).put("type", 0);
        if (guildId != null) {
            message.put("guild_id", guildId);
        }
        message.set("author", Payloads.user(bot));
        message.put("content", "")
                .put("timestamp", Payloads.timestamp(Snowflakes.timeOf(id)))
                .put("tts", false)
                .put("pinned", false)
                .put("flags", payload.path("flags").asInt(0));
        message.putNull("edited_timestamp");
        for (String list : List.of("mentions", "mention_roles", "attachments", "embeds", "components")) {
            message.putArray(list);
        }
        if (payload.hasNonNull("nonce")) {
            message.set("nonce", payload.get("nonce"));
        }
        return message;
    }

    /** Keeps a message a user sent (the simulator's own doing), so that the bot can reply to it. */
    synchronized void storeUserMessage(ObjectNode message) {
        String id = message.path("id").asText();
        messages.put(id, message.deepCopy());
        history.add(new MessageEvent(MessageEvent.Kind.CREATED, id, message.deepCopy(), Instant.now()));
    }

    /** The bot's messages that reply to this one, oldest first. */
    synchronized List<JsonNode> repliesTo(String messageId) {
        return messages.values().stream()
                .filter(m -> m.path("author").path("id").asText().equals(bot.id()))
                .filter(m ->
                        m.path("message_reference").path("message_id").asText().equals(messageId))
                .map(m -> (JsonNode) m.deepCopy())
                .toList();
    }

    /** Applies an edit: only the fields present change; files are appended unless attachments says otherwise. */
    synchronized ObjectNode edit(String messageId, JsonNode payload, List<UploadedFile> files) {
        ObjectNode message = messages.get(messageId);
        apply(message, payload, files, true);
        message.put("edited_timestamp", Payloads.timestamp(Instant.now()));
        history.add(new MessageEvent(MessageEvent.Kind.EDITED, messageId, message.deepCopy(), Instant.now()));
        return message.deepCopy();
    }

    /** Replaces the whole state of a message (used when a deferred response gets its content). */
    synchronized ObjectNode finishLoading(String messageId, JsonNode payload, List<UploadedFile> files) {
        ObjectNode message = messages.get(messageId);
        message.put("flags", message.path("flags").asInt() & ~LOADING);
        return edit(messageId, payload, files);
    }

    synchronized boolean delete(String messageId) {
        ObjectNode removed = messages.remove(messageId);
        if (removed != null) {
            history.add(new MessageEvent(MessageEvent.Kind.DELETED, messageId, removed, Instant.now()));
        }
        return removed != null;
    }

    synchronized Optional<ObjectNode> find(String messageId) {
        return Optional.ofNullable(messageId == null ? null : messages.get(messageId))
                .map(ObjectNode::deepCopy);
    }

    /** The earlier message created in this channel with the same nonce, within the window. */
    synchronized Optional<ObjectNode> byNonce(String channelId, String nonce) {
        Nonce seen = nonces.get(channelId + "/" + nonce);
        if (seen == null || seen.at().plus(nonceWindow).isBefore(Instant.now())) {
            return Optional.empty();
        }
        return find(seen.messageId());
    }

    synchronized void rememberNonce(String channelId, String nonce, String messageId) {
        nonces.put(channelId + "/" + nonce, new Nonce(messageId, Instant.now()));
    }

    /** How many current, non-ephemeral messages a channel has, without copying them. */
    synchronized int count(String channelId) {
        return (int) messages.values().stream()
                .filter(m -> channelId.equals(m.path("channel_id").asText()))
                .filter(m -> (m.path("flags").asInt() & EPHEMERAL) == 0)
                .count();
    }

    /** Current, non-ephemeral messages of a channel in creation order. */
    synchronized List<JsonNode> channelMessages(String channelId) {
        return messages.values().stream()
                .filter(m -> channelId.equals(m.path("channel_id").asText()))
                .filter(m -> (m.path("flags").asInt() & EPHEMERAL) == 0)
                .map(m -> (JsonNode) m.deepCopy())
                .toList();
    }

    synchronized List<MessageEvent> history(String channelId) {
        return history.stream()
                .filter(e -> channelId.equals(e.message().path("channel_id").asText()))
                .toList();
    }

    synchronized StoredAttachment storeAttachment(String channelId, String filename, String type, byte[] bytes) {
        String id = Snowflakes.next();
        String url = cdnBase + "attachments/" + channelId + "/" + id + "/" + filename;
        StoredAttachment stored = new StoredAttachment(id, channelId, filename, type, bytes.clone(), url);
        attachments.put(id, stored);
        return stored;
    }

    synchronized Optional<StoredAttachment> attachment(String id) {
        return Optional.ofNullable(attachments.get(id));
    }

    static ObjectNode attachmentJson(StoredAttachment a) {
        ObjectNode json = Json.object()
                .put("id", a.id())
                .put("filename", a.filename())
                .put("size", a.size())
                .put("url", a.url())
                .put("proxy_url", a.url());
        if (a.contentType() != null) {
            json.put("content_type", a.contentType());
        }
        return json;
    }

    private void apply(ObjectNode message, JsonNode payload, List<UploadedFile> files, boolean edit) {
        for (String field : List.of("content", "components")) {
            if (payload.has(field)) {
                message.set(field, payload.get(field).isNull() ? emptyOf(field) : payload.get(field));
            }
        }
        if (payload.has("embeds")) {
            ArrayNode embeds = message.putArray("embeds");
            payload.path("embeds").forEach(e -> embeds.add(((ObjectNode) e.deepCopy()).put("type", "rich")));
        }
        if (payload.has("flags") && edit) {
            // Edits may only set or clear SUPPRESS_EMBEDS and set IS_COMPONENTS_V2; other bits are ignored without
            // error (docs resources/message.mdx "Edit Message", resources/webhook.mdx "Edit Webhook Message"), so
            // EPHEMERAL, fixed when the message (or the deferral) was created, never changes.
            int requested = payload.path("flags").asInt() & (SUPPRESS_EMBEDS | DiscordRules.COMPONENTS_V2_FLAG);
            message.put("flags", (message.path("flags").asInt() & ~SUPPRESS_EMBEDS) | requested);
        }
        applyAttachments(message, payload, files);
        String content = message.path("content").asText();
        boolean everyone = content.contains("@everyone") || content.contains("@here");
        message.put("mention_everyone", everyone && allowsEveryone(payload));
    }

    private static JsonNode emptyOf(String field) {
        return "content".equals(field) ? Json.MAPPER.getNodeFactory().textNode("") : Json.array();
    }

    /** Discord parses mentions with default allowances (everyone included) when allowed_mentions is absent. */
    private static boolean allowsEveryone(JsonNode payload) {
        JsonNode allowed = payload.path("allowed_mentions");
        if (!allowed.isObject()) {
            return true;
        }
        for (JsonNode p : allowed.path("parse")) {
            if ("everyone".equals(p.asText())) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code attachments} lists what the message keeps: existing ids, plus {@code {"id": n}} entries for
     * new {@code files[n]}. Without it new files are appended.
     */
    private void applyAttachments(ObjectNode message, JsonNode payload, List<UploadedFile> files) {
        String channelId = message.path("channel_id").asText();
        ArrayNode result = Json.array();
        Map<Integer, JsonNode> newMeta = new LinkedHashMap<>();
        if (payload.has("attachments")) {
            for (JsonNode entry : payload.path("attachments")) {
                String id = entry.path("id").asText();
                findAttachment(message, id).ifPresentOrElse(result::add, () -> newMeta.put(parseIndex(id), entry));
            }
        } else {
            message.path("attachments").forEach(result::add);
        }
        for (int i = 0; i < files.size(); i++) {
            UploadedFile file = files.get(i);
            int index = file.index() >= 0 ? file.index() : i;
            JsonNode meta = newMeta.getOrDefault(index, Json.object());
            String filename = meta.path("filename").asText(file.filename());
            // Discord derives the type from the file itself; JDA always sends application/octet-stream.
            String type = file.contentType() == null || file.contentType().startsWith("application/octet-stream")
                    ? Upload.guessType(filename)
                    : file.contentType();
            ObjectNode json = attachmentJson(storeAttachment(channelId, filename, type, file.bytes()));
            if (meta.hasNonNull("description")) {
                json.set("description", meta.get("description"));
            }
            result.add(json);
        }
        message.set("attachments", result);
    }

    private static Optional<JsonNode> findAttachment(ObjectNode message, String id) {
        for (JsonNode a : message.path("attachments")) {
            if (a.path("id").asText().equals(id)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    private static int parseIndex(String id) {
        try {
            return Integer.parseInt(id);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
