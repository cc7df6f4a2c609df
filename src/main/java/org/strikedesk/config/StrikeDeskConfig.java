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
        ReviewConfig review,
        AuditConfig audit,
        ReleasesConfig releases) {
    public static final StrikeDeskConfig DEFAULT = new StrikeDeskConfig(
            DiscordConfig.DEFAULT,
            DataConfig.DEFAULT,
            StyleConfig.DEFAULT,
            IngestConfig.DEFAULT,
            PostsConfig.DEFAULT,
            ReviewConfig.DEFAULT,
            AuditConfig.DEFAULT,
            ReleasesConfig.DEFAULT);

    @JsonCreator
    public StrikeDeskConfig(
            @JsonProperty("discord") DiscordConfig discord,
            @JsonProperty("data") DataConfig data,
            @JsonProperty("style") StyleConfig style,
            @JsonProperty("ingest") IngestConfig ingest,
            @JsonProperty("posts") PostsConfig posts,
            @JsonProperty("review") ReviewConfig review,
            @JsonProperty("audit") AuditConfig audit,
            @JsonProperty("releases") ReleasesConfig releases) {
        this.discord = discord == null ? DiscordConfig.DEFAULT : discord;
        this.data = data == null ? DataConfig.DEFAULT : data;
        this.style = style == null ? StyleConfig.DEFAULT : style;
        this.ingest = ingest == null ? IngestConfig.DEFAULT : ingest;
        this.posts = posts == null ? PostsConfig.DEFAULT : posts;
        this.review = review == null ? ReviewConfig.DEFAULT : review;
        this.audit = audit == null ? AuditConfig.DEFAULT : audit;
        this.releases = releases == null ? ReleasesConfig.DEFAULT : releases;
    }

    public StrikeDeskConfig withDiscord(DiscordConfig value) {
        return new StrikeDeskConfig(value, data, style, ingest, posts, review, audit, releases);
    }

    public StrikeDeskConfig withData(DataConfig value) {
        return new StrikeDeskConfig(discord, value, style, ingest, posts, review, audit, releases);
    }

    public StrikeDeskConfig withStyle(StyleConfig value) {
        return new StrikeDeskConfig(discord, data, value, ingest, posts, review, audit, releases);
    }

    public StrikeDeskConfig withPosts(PostsConfig value) {
        return new StrikeDeskConfig(discord, data, style, ingest, value, review, audit, releases);
    }

    public StrikeDeskConfig withReview(ReviewConfig value) {
        return new StrikeDeskConfig(discord, data, style, ingest, posts, value, audit, releases);
    }

    public StrikeDeskConfig withAudit(AuditConfig value) {
        return new StrikeDeskConfig(discord, data, style, ingest, posts, review, value, releases);
    }

    public StrikeDeskConfig withReleases(ReleasesConfig value) {
        return new StrikeDeskConfig(discord, data, style, ingest, posts, review, audit, value);
    }
}
