package org.strikedesk.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/**
 * Connects every shard to the configured gateway address ({@code discord.gatewayUrl}), keeping what Discord says of
 * pacing. JDA asks the session controller for the gateway twice: {@code getShardedGateway} when a shard manager
 * starts shards ({@code DefaultShardManager#buildInstance}), and {@code getGateway} after a failed connect
 * ({@code JDAImpl#getGatewayUrl}), so both give the configured address. The shard count and {@code max_concurrency}
 * still come from Discord's {@code GET /gateway/bot}; {@link ConcurrentSessionController} then starts up to that many
 * shards at once and waits five seconds between identifies in each bucket (docs {@code events/gateway.mdx}, "Max
 * Concurrency").
 */
final class ConfiguredGateway extends ConcurrentSessionController {
    private final String url;

    ConfiguredGateway(String url) {
        this.url = url;
    }

    @Override
    public String getGateway() {
        return url;
    }

    @Override
    public ShardedGateway getShardedGateway(JDA api) {
        ShardedGateway discord = super.getShardedGateway(api);
        return new ShardedGateway(url, discord.getShardTotal(), discord.getConcurrency());
    }
}
