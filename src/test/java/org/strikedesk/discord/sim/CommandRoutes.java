package org.strikedesk.discord.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Application command registration, global and per guild: bulk overwrite (PUT), list (GET),
 * create-or-replace one (POST), get and delete one. Definitions breaking Discord's limits are
 * refused with 400 / 50035 and recorded. Overwrites keep the id of a command with the same name.
 */
final class CommandRoutes {
    private static final String GLOBAL = "global";

    private final Map<String, ArrayNode> registered = new LinkedHashMap<>();
    private final String applicationId;
    private final World world;
    private final Findings findings;

    CommandRoutes(String applicationId, World world, Findings findings) {
        this.applicationId = applicationId;
        this.world = world;
        this.findings = findings;
    }

    void register(RestServer rest) {
        for (String base : List.of("/applications/{app}/commands", "/applications/{app}/guilds/{guild}/commands")) {
            rest.route("GET", base, r -> scoped(r, () -> SimResponse.ok(list(scope(r)))));
            rest.route("PUT", base, r -> scoped(r, () -> overwrite(r)));
            rest.route("POST", base, r -> scoped(r, () -> upsert(r)));
            rest.route("GET", base + "/{command}", r -> scoped(r, () -> one(r)));
            rest.route("DELETE", base + "/{command}", r -> scoped(r, () -> delete(r)));
        }
    }

    /** The commands currently registered in a scope (null guild = global), as Discord returns them. */
    synchronized ArrayNode list(String guildIdOrNull) {
        return Json.copy(registered.getOrDefault(guildIdOrNull == null ? GLOBAL : guildIdOrNull, Json.array()));
    }

    /** Finds a slash command for an interaction in a guild: guild commands first, then global ones. */
    synchronized Optional<JsonNode> find(String guildId, String name) {
        for (String scope : List.of(guildId, GLOBAL)) {
            for (JsonNode command : registered.getOrDefault(scope, Json.array())) {
                if (name.equals(command.path("name").asText())
                        && command.path("type").asInt(1) == 1) {
                    return Optional.of(command.deepCopy());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Why Discord would not offer a command where a user tries it, if it would not: a global command only in the
     * interaction contexts and installation types it declares (defaults: all contexts {@code [0,1,2]} and
     * {@code [0]}, guild install, per the bulk-overwrite parameters); a guild command only in its guild, never in DMs
     * (docs {@code interactions/application-commands.mdx}, "Interaction Contexts", "Using Default Permissions").
     * JDA sends both lists as strings ({@code ["0"]}).
     */
    static Optional<String> unavailable(JsonNode command, int context, int integrationType) {
        String name = "/" + command.path("name").asText();
        if (command.hasNonNull("guild_id")) {
            return context == InteractionContext.GUILD && integrationType == InteractionContext.GUILD_INSTALL
                    ? Optional.empty()
                    : Optional.of(name + " is a guild command: Discord offers it only in its guild");
        }
        if (!declares(command.path("contexts"), context, List.of(0, 1, 2))) {
            return Optional.of(name + " does not list interaction context " + context + " in its contexts "
                    + command.path("contexts"));
        }
        if (!declares(command.path("integration_types"), integrationType, List.of(0))) {
            return Optional.of(name + " does not list installation type " + integrationType + " in its"
                    + " integration_types " + command.path("integration_types"));
        }
        return Optional.empty();
    }

    private static boolean declares(JsonNode list, int value, List<Integer> defaults) {
        if (list.isMissingNode() || list.isNull()) {
            return defaults.contains(value);
        }
        for (JsonNode item : list) {
            if (item.asInt(-1) == value) {
                return true;
            }
        }
        return false;
    }

    private interface Action {
        SimResponse run();
    }

    private SimResponse scoped(SimRequest request, Action action) {
        if (!applicationId.equals(request.param("app"))) {
            return SimResponse.error(404, 10002, "Unknown Application");
        }
        String guild = request.param("guild");
        if (guild != null && world.guild(guild).isEmpty()) {
            return SimResponse.error(403, 50001, "Missing Access");
        }
        return action.run();
    }

    private static String scope(SimRequest request) {
        return request.param("guild");
    }

    private synchronized SimResponse overwrite(SimRequest request) {
        JsonNode body = request.json();
        Optional<SimResponse> refused = findings.refuse(request, CommandRules.bulk(body));
        if (refused.isPresent()) {
            return refused.get();
        }
        ArrayNode stored = Json.array();
        body.forEach(c -> stored.add(complete(c, scope(request))));
        registered.put(key(request), stored);
        return SimResponse.ok(stored.deepCopy());
    }

    private synchronized SimResponse upsert(SimRequest request) {
        JsonNode command = request.json();
        Optional<SimResponse> refused = findings.refuse(request, CommandRules.single(command));
        if (refused.isPresent()) {
            return refused.get();
        }
        ArrayNode current = registered.computeIfAbsent(key(request), k -> Json.array());
        ObjectNode stored = complete(command, scope(request));
        for (int i = 0; i < current.size(); i++) {
            if (sameCommand(current.get(i), command)) {
                current.set(i, stored);
                return SimResponse.ok(stored.deepCopy());
            }
        }
        current.add(stored);
        return SimResponse.status(201, stored.deepCopy());
    }

    private synchronized SimResponse one(SimRequest request) {
        for (JsonNode c : registered.getOrDefault(key(request), Json.array())) {
            if (c.path("id").asText().equals(request.param("command"))) {
                return SimResponse.ok(c.deepCopy());
            }
        }
        return SimResponse.error(404, 10063, "Unknown application command");
    }

    private synchronized SimResponse delete(SimRequest request) {
        ArrayNode current = registered.getOrDefault(key(request), Json.array());
        for (int i = 0; i < current.size(); i++) {
            if (current.get(i).path("id").asText().equals(request.param("command"))) {
                current.remove(i);
                return SimResponse.noContent();
            }
        }
        return SimResponse.error(404, 10063, "Unknown application command");
    }

    private static String key(SimRequest request) {
        return request.param("guild") == null ? GLOBAL : request.param("guild");
    }

    /** Adds what Discord adds: ids, version, scope and defaults for omitted fields. */
    private ObjectNode complete(JsonNode submitted, String guildId) {
        ObjectNode command = submitted.deepCopy();
        String id = existingId(guildId, submitted).orElseGet(Snowflakes::next);
        command.put("id", id).put("application_id", applicationId).put("version", Snowflakes.next());
        command.put("type", submitted.path("type").asInt(1));
        if (guildId != null) {
            command.put("guild_id", guildId);
        }
        if (!command.has("description")) {
            command.put("description", "");
        }
        if (!command.has("default_member_permissions")) {
            command.putNull("default_member_permissions");
        }
        command.put("nsfw", submitted.path("nsfw").asBoolean(false));
        return command;
    }

    private Optional<String> existingId(String guildId, JsonNode submitted) {
        for (JsonNode c : registered.getOrDefault(guildId == null ? GLOBAL : guildId, Json.array())) {
            if (sameCommand(c, submitted)) {
                return Optional.of(c.path("id").asText());
            }
        }
        return Optional.empty();
    }

    private static boolean sameCommand(JsonNode a, JsonNode b) {
        return a.path("name").asText().equals(b.path("name").asText())
                && a.path("type").asInt(1) == b.path("type").asInt(1);
    }
}
