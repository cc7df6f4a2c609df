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
        return Payloads.channel(world.channel(request.param("channel")).orElseThrow());
    }

    private SimResponse create(SimRequest request) {
        JsonNode body = request.json();
        String channelId = request.param("channel");
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
            String guildId = world.guildOfChannel(channelId).id();
            ObjectNode created = messages.create(channelId, guildId, body, request.files, m -> {});
            if (enforce) {
                messages.rememberNonce(channelId, nonce, created.path("id").asText());
            }
            return SimResponse.ok(created);
        }
    }

    private SimResponse list(SimRequest request) {
        int limit = Integer.parseInt(request.query.getOrDefault("limit", "50"));
        List<JsonNode> all = messages.channelMessages(request.param("channel"));
        ArrayNode newestFirst = Json.array();
        for (int i = all.size() - 1; i >= 0 && newestFirst.size() < limit; i--) {
            newestFirst.add(all.get(i));
        }
        return SimResponse.ok(newestFirst);
    }

    private Optional<ObjectNode> inChannel(SimRequest request) {
        return messages.find(request.param("message"))
                .filter(m -> m.path("channel_id").asText().equals(request.param("channel")));
    }

    private SimResponse get(SimRequest request) {
        return inChannel(request).map(SimResponse::ok).orElseGet(SimResponse::unknownMessage);
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
