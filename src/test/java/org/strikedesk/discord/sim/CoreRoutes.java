package org.strikedesk.discord.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Supplier;

/**
 * The bot's identity and gateway discovery: {@code /users/@me}, {@code /applications/@me}, {@code /gateway}, and
 * {@code /gateway/bot} with the recommended shard count and the {@code session_start_limit} object, whose
 * {@code max_concurrency} JDA reads to pace identifies (JDA {@code SessionControllerAdapter#getShardedGateway};
 * {@code DefaultShardManager#retrieveShardTotal} reads only {@code shards}).
 */
final class CoreRoutes {
    private final SimulatorBuilder config;
    private final Supplier<String> gatewayUrl;

    CoreRoutes(SimulatorBuilder config, Supplier<String> gatewayUrl) {
        this.config = config;
        this.gatewayUrl = gatewayUrl;
    }

    void register(RestServer rest) {
        rest.route("GET", "/users/@me", r -> SimResponse.ok(Payloads.selfUser(config.botUser)));
        rest.route("GET", "/applications/@me", r -> SimResponse.ok(Payloads.application(config)));
        rest.route("GET", "/oauth2/applications/@me", r -> SimResponse.ok(Payloads.application(config)));
        rest.route("GET", "/gateway", r -> SimResponse.ok(Json.object().put("url", gatewayUrl.get())));
        rest.route("GET", "/gateway/bot", r -> SimResponse.ok(gatewayBot()));
    }

    private ObjectNode gatewayBot() {
        ObjectNode json = Json.object().put("url", gatewayUrl.get()).put("shards", config.shards);
        json.putObject("session_start_limit")
                .put("total", 1000)
                .put("remaining", 999)
                .put("reset_after", 86_400_000)
                .put("max_concurrency", config.maxConcurrency);
        return json;
    }
}
