package org.strikedesk.discord.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;

/**
 * Turns test-supplied option values into command options typed by the registered definition, and
 * fills {@code data.resolved} for users, channels, roles and attachments as Discord does.
 */
final class OptionValues {
    private final World world;
    private final SimGuild guild;
    private final SimMember invoker;
    private final MessageStore messages;
    private final String channelId;
    private final ObjectNode resolved;

    OptionValues(World world, SimMember invoker, MessageStore messages, String channelId, ObjectNode resolved) {
        this.world = world;
        this.guild = world.guildOfChannel(channelId);
        this.invoker = invoker;
        this.messages = messages;
        this.channelId = channelId;
        this.resolved = resolved;
    }

    static JsonNode definition(JsonNode options, String name, String command) {
        for (JsonNode option : options) {
            if (name.equals(option.path("name").asText())) {
                return option;
            }
        }
        throw new IllegalArgumentException("/" + command + " has no option or sub-command named " + name);
    }

    void fill(ArrayNode target, JsonNode definitions, Map<String, ?> values, String focused, boolean requireAll) {
        for (Map.Entry<String, ?> entry : values.entrySet()) {
            JsonNode def = definition(definitions, entry.getKey(), "command");
            ObjectNode option = target.addObject()
                    .put("name", entry.getKey())
                    .put("type", def.path("type").asInt());
            if (entry.getKey().equals(focused)) {
                // Discord sends what the user has typed so far, as text, for the focused option, and the options
                // already filled in beside it without the focused field (docs interactions/application-commands.mdx,
                // "Autocomplete": "options the user has already filled will also be sent but without the focused
                // field"; required ones not filled in yet are absent).
                option.put("value", String.valueOf(entry.getValue())).put("focused", true);
            } else {
                option.set("value", value(def.path("type").asInt(), entry.getValue()));
            }
        }
        if (requireAll) {
            for (JsonNode def : definitions) {
                if (def.path("required").asBoolean(false)
                        && !values.containsKey(def.path("name").asText())) {
                    throw new IllegalArgumentException(
                            "required option " + def.path("name").asText() + " missing");
                }
            }
        }
    }

    private JsonNode value(int type, Object value) {
        return switch (type) {
            case 4 -> Json.MAPPER.valueToTree(Long.parseLong(String.valueOf(value)));
            case 5 -> Json.MAPPER.valueToTree(Boolean.parseBoolean(String.valueOf(value)));
            case 10 -> Json.MAPPER.valueToTree(Double.parseDouble(String.valueOf(value)));
            case 6 -> text(resolveUser(idOf(value)));
            case 7 -> text(resolveChannel(idOf(value)));
            case 8 -> text(resolveRole(idOf(value)));
            case 11 -> text(resolveAttachment((Upload) value));
            default -> text(String.valueOf(value));
        };
    }

    private static JsonNode text(String value) {
        return Json.MAPPER.getNodeFactory().textNode(value);
    }

    private static String idOf(Object value) {
        if (value instanceof SimUser user) {
            return user.id();
        } else if (value instanceof SimChannel channel) {
            return channel.id();
        } else if (value instanceof SimRole role) {
            return role.id();
        }
        return String.valueOf(value);
    }

    private String resolveUser(String userId) {
        SimMember member = guild.member(userId).orElseThrow(() -> new IllegalArgumentException("no member " + userId));
        resolved.withObjectProperty("users").set(userId, Payloads.user(member.user()));
        ObjectNode memberJson = Payloads.member(member, Instant.parse("2024-01-01T09:00:00Z"));
        memberJson.remove("user");
        // "Total permissions of the member in the channel, including overwrites" (docs resources/guild.mdx).
        memberJson.put("permissions", Long.toString(world.explicitPermissions(channelId, member)));
        resolved.withObjectProperty("members").set(userId, memberJson);
        return userId;
    }

    private String resolveChannel(String id) {
        SimChannel channel = guild.channel(id).orElseThrow(() -> new IllegalArgumentException("no channel " + id));
        // The invoker's permissions in that channel, including overwrites (docs resources/channel.mdx).
        ObjectNode json = Payloads.channel(channel, world.overwrites(id))
                .put("permissions", Long.toString(world.explicitPermissions(id, invoker)));
        resolved.withObjectProperty("channels").set(id, json);
        return id;
    }

    private String resolveRole(String id) {
        SimRole role = guild.roles().stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no role " + id));
        resolved.withObjectProperty("roles").set(id, Payloads.role(role));
        return id;
    }

    /** Stores the upload so the bot can download it from the simulator's attachment URL. */
    private String resolveAttachment(Upload upload) {
        StoredAttachment stored =
                messages.storeAttachment(channelId, upload.filename(), upload.contentType(), upload.bytes());
        ObjectNode json = MessageStore.attachmentJson(stored).put("ephemeral", true);
        resolved.withObjectProperty("attachments").set(stored.id(), json);
        return stored.id();
    }
}
