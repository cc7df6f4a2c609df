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
        LoggingConfig logging,
        ReviewConfig review,
        AuditConfig audit,
        ReleasesConfig releases) {
    public static final StrikeDeskConfig DEFAULT =
            new StrikeDeskConfig(null, null, null, null, null, null, null, null, null, null, null);

    @JsonCreator
    public StrikeDeskConfig(
            @JsonProperty("discord") DiscordConfig discord,
            @JsonProperty("data") DataConfig data,
            @JsonProperty("style") StyleConfig style,
            @JsonProperty("ingest") IngestConfig ingest,
            @JsonProperty("posts") PostsConfig posts,
            @JsonProperty("backup") BackupConfig backup,
            @JsonProperty("health") HealthConfig health,
            @JsonProperty("logging") LoggingConfig logging,
            @JsonProperty("review") ReviewConfig review,
            @JsonProperty("audit") AuditConfig audit,
            @JsonProperty("releases") ReleasesConfig releases) {
        this.discord = discord == null ? DiscordConfig.DEFAULT : discord;
        this.data = data == null ? DataConfig.DEFAULT : data;
        this.style = style == null ? StyleConfig.DEFAULT : style;
        this.ingest = ingest == null ? IngestConfig.DEFAULT : ingest;
        this.posts = posts == null ? PostsConfig.DEFAULT : posts;
        this.backup = backup == null ? BackupConfig.DEFAULT : backup;
        this.health = health == null ? HealthConfig.DEFAULT : health;
        this.logging = logging == null ? LoggingConfig.DEFAULT : logging;
        this.review = review == null ? ReviewConfig.DEFAULT : review;
        this.audit = audit == null ? AuditConfig.DEFAULT : audit;
        this.releases = releases == null ? ReleasesConfig.DEFAULT : releases;
    }

    public StrikeDeskConfig withDiscord(DiscordConfig value) {
        return new StrikeDeskConfig(
                value, data, style, ingest, posts, backup, health, logging, review, audit, releases);
    }

    public StrikeDeskConfig withData(DataConfig value) {
        return new StrikeDeskConfig(
                discord, value, style, ingest, posts, backup, health, logging, review, audit, releases);
    }

    public StrikeDeskConfig withStyle(StyleConfig value) {
        return new StrikeDeskConfig(
                discord, data, value, ingest, posts, backup, health, logging, review, audit, releases);
    }

    public StrikeDeskConfig withIngest(IngestConfig value) {
        return new StrikeDeskConfig(
                discord, data, style, value, posts, backup, health, logging, review, audit, releases);
    }

    public StrikeDeskConfig withPosts(PostsConfig value) {
        return new StrikeDeskConfig(
                discord, data, style, ingest, value, backup, health, logging, review, audit, releases);
    }

    public StrikeDeskConfig withBackup(BackupConfig value) {
        return new StrikeDeskConfig(
                discord, data, style, ingest, posts, value, health, logging, review, audit, releases);
    }

    public StrikeDeskConfig withHealth(HealthConfig value) {
        return new StrikeDeskConfig(
                discord, data, style, ingest, posts, backup, value, logging, review, audit, releases);
    }

    public StrikeDeskConfig withLogging(LoggingConfig value) {
        return new StrikeDeskConfig(
                discord, data, style, ingest, posts, backup, health, value, review, audit, releases);
    }

    public StrikeDeskConfig withReview(ReviewConfig value) {
        return new StrikeDeskConfig(
                discord, data, style, ingest, posts, backup, health, logging, value, audit, releases);
    }

    public StrikeDeskConfig withAudit(AuditConfig value) {
        return new StrikeDeskConfig(
                discord, data, style, ingest, posts, backup, health, logging, review, value, releases);
    }

    public StrikeDeskConfig withReleases(ReleasesConfig value) {
        return new StrikeDeskConfig(discord, data, style, ingest, posts, backup, health, logging, review, audit, value);
    }
}
