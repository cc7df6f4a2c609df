package org.strikedesk.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.util.List;

/**
 * How the bot reaches Discord. The token is never here: it comes from the environment.
 *
 * @param guilds guild ids to register slash commands in (instant updates); empty registers them globally
 * @param apiBaseUrl Discord's REST base URL; change it only to go through a proxy
 * @param gatewayUrl Discord's gateway URL; change it only to go through a proxy
 * @param questionLimit how fast one person may ask questions in words
 * @param shards how many gateway shards, and which of them this process runs
 */
public record DiscordConfig(
        List<String> guilds, URI apiBaseUrl, URI gatewayUrl, QuestionLimit questionLimit, ShardsConfig shards) {
    public static final URI DISCORD_API = URI.create("https://discord.com/api/v10/");
    public static final URI DISCORD_GATEWAY = URI.create("wss://gateway.discord.gg/");
    public static final DiscordConfig DEFAULT = new DiscordConfig(List.of(), null, null, null, null);

    @JsonCreator
    public DiscordConfig(
            @JsonProperty("guilds") List<String> guilds,
            @JsonProperty("apiBaseUrl") URI apiBaseUrl,
            @JsonProperty("gatewayUrl") URI gatewayUrl,
            @JsonProperty("questionLimit") QuestionLimit questionLimit,
            @JsonProperty("shards") ShardsConfig shards) {
        this.guilds = guilds == null ? List.of() : List.copyOf(guilds);
        this.apiBaseUrl = apiBaseUrl == null ? DISCORD_API : apiBaseUrl;
        this.gatewayUrl = gatewayUrl == null ? DISCORD_GATEWAY : gatewayUrl;
        this.questionLimit = questionLimit == null ? QuestionLimit.DEFAULT : questionLimit;
        this.shards = shards == null ? ShardsConfig.RECOMMENDED : shards;
        for (String guild : this.guilds) {
            if (guild == null || !guild.matches("\\d{17,20}")) {
                throw new ConfigException("discord.guilds: \"" + guild + "\" is not a guild id (17 to 20 digits)");
            }
        }
        requireScheme("discord.apiBaseUrl", this.apiBaseUrl, "http", "https");
        requireScheme("discord.gatewayUrl", this.gatewayUrl, "ws", "wss");
        if (!this.apiBaseUrl.getPath().endsWith("/")) {
            throw new ConfigException("discord.apiBaseUrl must end with \"/\", as in " + DISCORD_API);
        }
    }

    /** The connection settings, with the default question limit. */
    public DiscordConfig(List<String> guilds, URI apiBaseUrl, URI gatewayUrl) {
        this(guilds, apiBaseUrl, gatewayUrl, null, null);
    }

    /** The same settings with another question limit. */
    public DiscordConfig withQuestionLimit(QuestionLimit value) {
        return new DiscordConfig(guilds, apiBaseUrl, gatewayUrl, value, shards);
    }

    /** The same settings with other shards. */
    public DiscordConfig withShards(ShardsConfig value) {
        return new DiscordConfig(guilds, apiBaseUrl, gatewayUrl, questionLimit, value);
    }

    private static void requireScheme(String key, URI uri, String plain, String secure) {
        String scheme = uri.getScheme();
        if (!plain.equals(scheme) && !secure.equals(scheme)) {
            throw new ConfigException(key + " must be a " + secure + ":// URL, not \"" + uri + "\"");
        }
        if (plain.equals(scheme) && !isLoopback(uri.getHost())) {
            throw new ConfigException(key + " may use " + plain + ":// only on this machine (127.0.0.1 or localhost)");
        }
    }

    private static boolean isLoopback(String host) {
        return "127.0.0.1".equals(host) || "localhost".equals(host) || "[::1]".equals(host);
    }
}
