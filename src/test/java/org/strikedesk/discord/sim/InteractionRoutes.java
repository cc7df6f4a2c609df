package org.strikedesk.discord.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Interaction callbacks and the interaction webhook (original response, follow-ups). Enforces the
 * 3-second deadline, a single acknowledgement, callback types valid for the interaction type, the
 * 15-minute token lifetime and the message limits, answering as Discord does when they are broken.
 */
final class InteractionRoutes {
    private static final Map<Integer, Set<Integer>> VALID_CALLBACKS = Map.of(
            Interaction.COMMAND, Set.of(4, 5, 9),
            Interaction.COMPONENT, Set.of(4, 5, 6, 7, 9),
            Interaction.AUTOCOMPLETE, Set.of(8),
            Interaction.MODAL_SUBMIT, Set.of(4, 5, 6, 7));

    private final Map<String, Interaction> byId = new ConcurrentHashMap<>();
    private final Map<String, Interaction> byToken = new ConcurrentHashMap<>();
    private final SimulatorBuilder config;
    private final World world;
    private final MessageStore messages;
    private final Findings findings;

    InteractionRoutes(SimulatorBuilder config, World world, MessageStore messages, Findings findings) {
        this.config = config;
        this.world = world;
        this.messages = messages;
        this.findings = findings;
    }

    void register(RestServer rest) {
        rest.route("POST", "/interactions/{id}/{token}/callback", this::callback);
        rest.route("POST", "/webhooks/{app}/{token}", r -> webhook(r, this::followUp));
        rest.route("GET", "/webhooks/{app}/{token}/messages/{message}", r -> webhook(r, this::get));
        rest.route("PATCH", "/webhooks/{app}/{token}/messages/{message}", r -> webhook(r, this::edit));
        rest.route("DELETE", "/webhooks/{app}/{token}/messages/{message}", r -> webhook(r, this::delete));
    }

    void track(Interaction interaction) {
        byId.put(interaction.id(), interaction);
        byToken.put(interaction.token(), interaction);
    }

    /** Forgets the interactions already acknowledged (see {@code DiscordSimulator#forgetHistory}). */
    void forgetAcknowledged() {
        byId.values().removeIf(Interaction::acknowledged);
        byToken.values().removeIf(Interaction::acknowledged);
    }

    private SimResponse callback(SimRequest request) {
        Interaction interaction = byId.get(request.param("id"));
        if (interaction == null || !interaction.token().equals(request.param("token")) || interaction.invalidated()) {
            return SimResponse.unknownInteraction();
        }
        synchronized (interaction) {
            Instant now = request.arrived;
            if (interaction.acknowledged()) {
                findings.violation(DiscordRules.DOUBLE_ACK, interaction + " acknowledged twice", request.describe());
                return SimResponse.error(400, 40060, "Interaction has already been acknowledged.");
            }
            if (interaction.lateAt(now)) {
                Duration late = Duration.between(interaction.clockStart(), now);
                findings.violation(
                        DiscordRules.ACK_DEADLINE,
                        interaction + " answered after " + late.toMillis() + " ms (max 3000)",
                        request.describe());
                interaction.invalidate();
                return SimResponse.unknownInteraction();
            }
            return accept(request, interaction, now);
        }
    }

    private SimResponse accept(SimRequest request, Interaction interaction, Instant now) {
        int type = request.json().path("type").asInt(-1);
        JsonNode data = request.json().path("data");
        if (!VALID_CALLBACKS.get(interaction.type()).contains(type)) {
            findings.violation(
                    DiscordRules.CALLBACK_TYPE,
                    "callback type " + type + " is not valid for " + interaction,
                    request.describe());
            return SimResponse.invalidForm("invalid interaction response type " + type);
        }
        Optional<SimResponse> refused = findings.refuse(request, breaches(type, data, request.files));
        if (refused.isPresent()) {
            return refused.get();
        }
        if ((type == 6 || type == 7)
                && messages.find(interaction.sourceMessageId()).isEmpty()) {
            return SimResponse.unknownMessage(); // the clicked message was deleted meanwhile
        }
        JsonNode message = respond(interaction, type, data, request.files);
        interaction.acknowledge(type, request.json(), now, request.arrivedNanos);
        if (!request.queryFlag("with_response")) {
            return SimResponse.noContent();
        }
        return SimResponse.ok(callbackResponse(interaction, type, message));
    }

    private static List<DiscordRules.Breach> breaches(int type, JsonNode data, List<UploadedFile> files) {
        return switch (type) {
            case 4 -> DiscordRules.message(data, files, DiscordRules.Kind.CREATE);
            case 7 -> DiscordRules.message(data, files, DiscordRules.Kind.EDIT);
            case 8 -> DiscordRules.autocomplete(data);
            case 9 -> DiscordRules.modal(data);
            default -> List.of();
        };
    }

    /** Creates or edits the message a callback stands for; returns it (null for 8 and 9). */
    private JsonNode respond(Interaction interaction, int type, JsonNode data, List<UploadedFile> files) {
        String source = interaction.sourceMessageId();
        switch (type) {
            case 4 ->
                interaction.original(create(interaction, data, files).path("id").asText());
            case 5 -> {
                int flags = MessageStore.LOADING | (data.path("flags").asInt() & MessageStore.EPHEMERAL);
                interaction.original(create(interaction, Json.object().put("flags", flags), files)
                        .path("id")
                        .asText());
            }
            case 6 -> interaction.original(source);
            case 7 -> {
                interaction.original(source);
                return messages.edit(source, data, files);
            }
            default -> {
                return null;
            }
        }
        return messages.find(interaction.originalMessageId()).orElse(null);
    }

    private ObjectNode create(Interaction interaction, JsonNode data, List<UploadedFile> files) {
        String channelId = interaction.channelId();
        String guildId = world.guildOfChannel(channelId).id();
        return messages.create(channelId, guildId, data, files, m -> decorate(m, interaction));
    }

    /** Marks a message as an interaction response, as Discord does (webhook_id, interaction_metadata). */
    private void decorate(ObjectNode message, Interaction interaction) {
        JsonNode payload = interaction.payload();
        message.put("webhook_id", config.applicationId).put("application_id", config.applicationId);
        message.put("type", interaction.type() == Interaction.COMMAND ? 20 : 0);
        ObjectNode metadata = message.putObject("interaction_metadata")
                .put("id", interaction.id())
                .put("type", interaction.type());
        metadata.set("user", payload.path("member").path("user"));
        metadata.set("authorizing_integration_owners", payload.path("authorizing_integration_owners"));
        if (interaction.type() == Interaction.COMMAND) {
            metadata.put("name", payload.path("data").path("name").asText());
        } else if (interaction.sourceMessageId() != null) {
            metadata.put("interacted_message_id", interaction.sourceMessageId());
        }
    }

    private ObjectNode callbackResponse(Interaction interaction, int type, JsonNode message) {
        ObjectNode body = Json.object();
        ObjectNode info = body.putObject("interaction")
                .put("id", interaction.id())
                .put("type", interaction.type())
                .put("response_message_loading", type == 5);
        if (message != null) {
            info.put("response_message_id", message.path("id").asText())
                    .put("response_message_ephemeral", (message.path("flags").asInt() & MessageStore.EPHEMERAL) != 0);
        }
        ObjectNode resource = body.putObject("resource").put("type", type);
        if (message != null && (type == 4 || type == 7)) {
            resource.set("message", message);
        }
        return body;
    }

    private interface WebhookAction {
        SimResponse run(SimRequest request, Interaction interaction);
    }

    /** Common checks for the interaction webhook: known token, still valid, already acknowledged. */
    private SimResponse webhook(SimRequest request, WebhookAction action) {
        Interaction interaction = byToken.get(request.param("token"));
        if (interaction == null || !config.applicationId.equals(request.param("app")) || interaction.invalidated()) {
            return SimResponse.unknownWebhook();
        }
        synchronized (interaction) {
            if (interaction.expiredAt(Instant.now())) {
                findings.violation(
                        DiscordRules.TOKEN_LIFETIME, interaction + " token used after 15 minutes", request.describe());
                return SimResponse.error(401, 50027, "Invalid Webhook Token");
            }
            if (!interaction.acknowledged()) {
                findings.violation(
                        DiscordRules.NOT_ACKNOWLEDGED,
                        interaction + " webhook used before the initial " + "response",
                        request.describe());
                return SimResponse.unknownWebhook();
            }
            return action.run(request, interaction);
        }
    }

    private SimResponse followUp(SimRequest request, Interaction interaction) {
        JsonNode body = request.json();
        Optional<SimResponse> refused =
                findings.refuse(request, DiscordRules.message(body, request.files, DiscordRules.Kind.CREATE));
        if (refused.isPresent()) {
            return refused.get();
        }
        // After a deferred reply the first follow-up replaces the loading message (JDA relies on it).
        if (interaction.ackType() == 5 && interaction.followUps().isEmpty() && isLoading(interaction)) {
            interaction.originalEdited();
            ObjectNode finished = messages.finishLoading(interaction.originalMessageId(), body, request.files);
            interaction.followUp(finished.path("id").asText());
            return SimResponse.ok(finished);
        }
        ObjectNode created = create(interaction, body, request.files);
        interaction.followUp(created.path("id").asText());
        return SimResponse.ok(created);
    }

    private boolean isLoading(Interaction interaction) {
        return interaction
                .original()
                .map(m -> (m.path("flags").asInt() & MessageStore.LOADING) != 0)
                .orElse(false);
    }

    private Optional<String> target(SimRequest request, Interaction interaction) {
        String id = request.param("message");
        String resolvedId = "@original".equals(id) ? interaction.originalMessageId() : id;
        return Optional.ofNullable(resolvedId).filter(interaction::ownsMessage);
    }

    private SimResponse get(SimRequest request, Interaction interaction) {
        return target(request, interaction)
                .flatMap(messages::find)
                .map(SimResponse::ok)
                .orElseGet(SimResponse::unknownMessage);
    }

    private SimResponse edit(SimRequest request, Interaction interaction) {
        Optional<String> target = target(request, interaction);
        if (target.isEmpty() || messages.find(target.get()).isEmpty()) {
            return SimResponse.unknownMessage();
        }
        List<DiscordRules.Breach> breaches =
                DiscordRules.message(request.json(), request.files, DiscordRules.Kind.EDIT);
        Optional<SimResponse> refused = findings.refuse(request, breaches);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (target.get().equals(interaction.originalMessageId())) {
            interaction.originalEdited();
            if (isLoading(interaction)) {
                return SimResponse.ok(messages.finishLoading(target.get(), request.json(), request.files));
            }
        }
        return SimResponse.ok(messages.edit(target.get(), request.json(), request.files));
    }

    private SimResponse delete(SimRequest request, Interaction interaction) {
        Optional<String> target = target(request, interaction);
        if (target.isEmpty() || !messages.delete(target.get())) {
            return SimResponse.unknownMessage();
        }
        return SimResponse.noContent();
    }
}
