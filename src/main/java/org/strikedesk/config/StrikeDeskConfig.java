package org.strikedesk.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/** All of the bot's settings, one record per concern. Missing sections take their defaults. */
public record StrikeDeskConfig(
        DiscordConfig discord,
        DataConfig data,
        StyleConfig style,
        IngestConfig ingest,
        PostsConfig posts,
        BackupConfig backup,
        HealthConfig health,
        LoggingConfig logging) {
    public static final StrikeDeskConfig DEFAULT = new StrikeDeskConfig(null, null, null, null, null, null, null, null);

    @JsonCreator
    public StrikeDeskConfig(
            @JsonProperty("discord") DiscordConfig discord,
            @JsonProperty("data") DataConfig data,
            @JsonProperty("style") StyleConfig style,
            @JsonProperty("ingest") IngestConfig ingest,
            @JsonProperty("posts") PostsConfig posts,
            @JsonProperty("backup") BackupConfig backup,
            @JsonProperty("health") HealthConfig health,
            @JsonProperty("logging") LoggingConfig logging) {
        this.discord = discord == null ? DiscordConfig.DEFAULT : discord;
        this.data = data == null ? DataConfig.DEFAULT : data;
        this.style = style == null ? StyleConfig.DEFAULT : style;
        this.ingest = ingest == null ? IngestConfig.DEFAULT : ingest;
        this.posts = posts == null ? PostsConfig.DEFAULT : posts;
        this.backup = backup == null ? BackupConfig.DEFAULT : backup;
        this.health = health == null ? HealthConfig.DEFAULT : health;
        this.logging = logging == null ? LoggingConfig.DEFAULT : logging;
    }

    public StrikeDeskConfig withDiscord(DiscordConfig value) {
        return new StrikeDeskConfig(value, data, style, ingest, posts, backup, health, logging);
    }

    public StrikeDeskConfig withData(DataConfig value) {
        return new StrikeDeskConfig(discord, value, style, ingest, posts, backup, health, logging);
    }

    public StrikeDeskConfig withStyle(StyleConfig value) {
        return new StrikeDeskConfig(discord, data, value, ingest, posts, backup, health, logging);
    }

    public StrikeDeskConfig withPosts(PostsConfig value) {
        return new StrikeDeskConfig(discord, data, style, ingest, value, backup, health, logging);
    }

    public StrikeDeskConfig withBackup(BackupConfig value) {
        return new StrikeDeskConfig(discord, data, style, ingest, posts, value, health, logging);
    }

    public StrikeDeskConfig withHealth(HealthConfig value) {
        return new StrikeDeskConfig(discord, data, style, ingest, posts, backup, value, logging);
    }

    public StrikeDeskConfig withLogging(LoggingConfig value) {
        return new StrikeDeskConfig(discord, data, style, ingest, posts, backup, health, value);
    }
}
