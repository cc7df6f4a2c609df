package org.strikedesk.discord.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * Channel messages: create (JSON or multipart with files), get, edit, delete and list, plus the
 * CDN-like download of stored attachments. Creates honour {@code nonce} with {@code enforce_nonce}
 * like Discord: a repeat within the window returns the earlier message instead of a duplicate.
 */
final class ChannelRoutes {
    private final World world;
    private final MessageStore messages;
    private final Findings findings;

    ChannelRoutes(World world, MessageStore messages, Findings findings) {
        this.world = world;
        this.messages = messages;
        this.findings = findings;
    }

    void register(RestServer rest) {
        rest.route("GET", "/channels/{channel}", r -> checked(r, () -> SimResponse.ok(channelJson(r))));
        rest.route("POST", "/channels/{channel}/messages", r -> checked(r, () -> create(r)));
        rest.route("GET", "/channels/{channel}/messages", r -> checked(r, () -> list(r)));
        rest.route("GET", "/channels/{channel}/messages/{message}", r -> checked(r, () -> get(r)));
        rest.route("PATCH", "/channels/{channel}/messages/{message}", r -> checked(r, () -> edit(r)));
        rest.route("DELETE", "/channels/{channel}/messages/{message}", r -> checked(r, () -> delete(r)));
        rest.publicRoute("GET", "/attachments/{channel}/{attachment}/{filename}", this::download);
    }

    private interface Action {
        SimResponse run();
    }

    private SimResponse checked(SimRequest request, Action action) {
        return world.channelError(request.param("channel")).orElseGet(action::run);
    }

    private ObjectNode channelJson(SimRequest request) {
        String channelId = request.param("channel");
        return Payloads.channel(world.channel(channelId).orElseThrow(), world.overwrites(channelId));
    }

    /**
     * What the bot lacks to create this message, if anything: SEND_MESSAGES (docs {@code resources/message.mdx},
     * "Create Message", Limitations), and EMBED_LINKS for embeds or ATTACH_FILES for files. Discord documents no
     * error code per permission; 403 / 50013 is what it is reported to answer (a modelling choice). A channel the bot
     * cannot view was already answered 403 / 50001 Missing Access.
     */
    private Optional<SimResponse> forbidden(String channelId, JsonNode body, List<UploadedFile> files) {
        long granted = world.botPermissions(channelId);
        boolean allowed = (granted & Permissions.SEND_MESSAGES) != 0
                && (body.path("embeds").isEmpty() || (granted & Permissions.EMBED_LINKS) != 0)
                && (files.isEmpty() || (granted & Permissions.ATTACH_FILES) != 0);
        return allowed ? Optional.empty() : Optional.of(SimResponse.missingPermissions());
    }

    private SimResponse create(SimRequest request) {
        JsonNode body = request.json();
        String channelId = request.param("channel");
        Optional<SimResponse> forbidden = forbidden(channelId, body, request.files);
        if (forbidden.isPresent()) {
            return forbidden.get();
        }
        List<DiscordRules.Breach> breaches =
                new java.util.ArrayList<>(DiscordRules.message(body, request.files, DiscordRules.Kind.CREATE));
        String nonce = body.hasNonNull("nonce") ? body.get("nonce").asText() : null;
        if (nonce != null && nonce.length() > 25) {
            breaches.add(DiscordRules.reject(DiscordRules.NONCE, "nonce longer than 25 characters"));
        }
        Optional<SimResponse> refused = findings.refuse(request, breaches);
        if (refused.isPresent()) {
            return refused.get();
        }
        boolean enforce = nonce != null && body.path("enforce_nonce").asBoolean(false);
        synchronized (messages) { // check-and-create must be atomic for concurrent retries
            if (enforce) {
                Optional<ObjectNode> earlier = messages.byNonce(channelId, nonce);
                if (earlier.isPresent()) {
                    return SimResponse.ok(earlier.get());
                }
            }
            String guildId = world.channel(channelId).map(SimChannel::guildId).orElse(null);
            Optional<SimResponse> noReply = replyRefused(body, channelId);
            if (noReply.isPresent()) {
                return noReply.get();
            }
            ObjectNode created =
                    messages.create(channelId, guildId, body, request.files, m -> asReply(m, body, channelId, guildId));
            if (enforce) {
                messages.rememberNonce(channelId, nonce, created.path("id").asText());
            }
            return SimResponse.ok(created);
        }
    }

    /**
     * Why Discord would refuse a reply, if it would: replying needs READ_MESSAGE_HISTORY (160002), and the message
     * replied to must exist unless {@code fail_if_not_exists} is false (50035, {@code MESSAGE_REFERENCE_UNKNOWN_MESSAGE})
     * (docs {@code resources/message.mdx}, "Create Message"; {@code topics/opcodes-and-status-codes.mdx}).
     */
    private Optional<SimResponse> replyRefused(JsonNode body, String channelId) {
        JsonNode reference = body.path("message_reference");
        if (!reference.isObject()) {
            return Optional.empty();
        }
        if ((world.botPermissions(channelId) & Permissions.READ_MESSAGE_HISTORY) == 0) {
            return Optional.of(
                    SimResponse.error(403, 160002, "Cannot reply without permission to read message history"));
        }
        boolean exists = messages.find(reference.path("message_id").asText())
                .filter(m -> m.path("channel_id").asText().equals(channelId))
                .isPresent();
        if (!exists && reference.path("fail_if_not_exists").asBoolean(true)) {
            return Optional.of(SimResponse.invalidForm("message_reference: MESSAGE_REFERENCE_UNKNOWN_MESSAGE"));
        }
        return Optional.empty();
    }

    /**
     * A reply as Discord stores it: type 19, the reference, the message replied to, and its author among the
     * mentions only when {@code allowed_mentions.replied_user} is true. A reply to a message that is gone (with
     * {@code fail_if_not_exists: false}) is a plain message.
     */
    private void asReply(ObjectNode created, JsonNode body, String channelId, String guildId) {
        JsonNode reference = body.path("message_reference");
        Optional<ObjectNode> replied = reference.isObject()
                ? messages.find(reference.path("message_id").asText())
                : Optional.empty();
        if (replied.isEmpty()) {
            return;
        }
        created.put("type", 19);
        ObjectNode stored = created.putObject("message_reference")
                .put("type", 0)
                .put("message_id", replied.get().path("id").asText())
                .put("channel_id", channelId);
        if (guildId != null) {
            stored.put("guild_id", guildId);
        }
        created.set("referenced_message", replied.get());
        if (body.path("allowed_mentions").path("replied_user").asBoolean(false)) {
            ((ArrayNode) created.path("mentions"))
                    .add(replied.get().path("author").deepCopy());
        }
    }

    /**
     * Newest first, {@code limit} 1-100 (default 50), {@code before} a message id; without READ_MESSAGE_HISTORY "no
     * messages will be returned" (docs {@code resources/message.mdx}, "Get Channel Messages"): an empty list, not an
     * error. Messages come back as stored, without the {@code nonce} they were created with.
     */
    private SimResponse list(SimRequest request) {
        if ((world.botPermissions(request.param("channel")) & Permissions.READ_MESSAGE_HISTORY) == 0) {
            return SimResponse.ok(Json.array());
        }
        int limit = Integer.parseInt(request.query.getOrDefault("limit", "50"));
        if (limit < 1 || limit > 100) {
            return SimResponse.invalidForm("limit must be between 1 and 100");
        }
        String beforeId = request.query.get("before");
        long before = beforeId == null ? -1L : Long.parseUnsignedLong(beforeId);
        List<JsonNode> all = messages.channelMessages(request.param("channel"));
        ArrayNode newestFirst = Json.array();
        for (int i = all.size() - 1; i >= 0 && newestFirst.size() < limit; i--) {
            if (Long.compareUnsigned(
                            Long.parseUnsignedLong(all.get(i).path("id").asText()), before)
                    < 0) {
                newestFirst.add(withoutNonce(all.get(i)));
            }
        }
        return SimResponse.ok(newestFirst);
    }

    /** Discord returns a nonce only in the create response and MESSAGE_CREATE, not when messages are fetched. */
    private static JsonNode withoutNonce(JsonNode message) {
        ObjectNode copy = message.deepCopy();
        copy.remove("nonce");
        return copy;
    }

    private Optional<ObjectNode> inChannel(SimRequest request) {
        return messages.find(request.param("message"))
                .filter(m -> m.path("channel_id").asText().equals(request.param("channel")));
    }

    /** Needs READ_MESSAGE_HISTORY as well as VIEW_CHANNEL (docs {@code resources/message.mdx}, "Get Channel Message"). */
    private SimResponse get(SimRequest request) {
        if ((world.botPermissions(request.param("channel")) & Permissions.READ_MESSAGE_HISTORY) == 0) {
            return SimResponse.missingPermissions();
        }
        return inChannel(request).map(m -> SimResponse.ok(withoutNonce(m))).orElseGet(SimResponse::unknownMessage);
    }

    private SimResponse edit(SimRequest request) {
        if (inChannel(request).isEmpty()) {
            return SimResponse.unknownMessage();
        }
        List<DiscordRules.Breach> breaches =
                DiscordRules.message(request.json(), request.files, DiscordRules.Kind.EDIT);
        return findings.refuse(request, breaches)
                .orElseGet(
                        () -> SimResponse.ok(messages.edit(request.param("message"), request.json(), request.files)));
    }

    private SimResponse delete(SimRequest request) {
        if (inChannel(request).isEmpty()) {
            return SimResponse.unknownMessage();
        }
        messages.delete(request.param("message"));
        return SimResponse.noContent();
    }

    private SimResponse download(SimRequest request) {
        return messages.attachment(request.param("attachment"))
                .filter(a -> a.channelId().equals(request.param("channel")))
                .map(a -> SimResponse.ok(new BinaryNode(a.bytes()))
                        .header("Content-Type", a.contentType() == null ? "application/octet-stream" : a.contentType()))
                .orElseGet(() -> SimResponse.error(404, 0, "404: Not Found"));
    }
}
