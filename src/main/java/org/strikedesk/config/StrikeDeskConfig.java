package org.strikedesk.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/** All of the bot's settings, one record per concern. Missing sections take their defaults. */
public record StrikeDeskConfig(DiscordConfig discord, DataConfig data, StyleConfig style, PostsConfig posts) {
    public static final StrikeDeskConfig DEFAULT =
            new StrikeDeskConfig(DiscordConfig.DEFAULT, DataConfig.DEFAULT, StyleConfig.DEFAULT, PostsConfig.DEFAULT);

    @JsonCreator
    public StrikeDeskConfig(
            @JsonProperty("discord") DiscordConfig discord,
            @JsonProperty("data") DataConfig data,
            @JsonProperty("style") StyleConfig style,
            @JsonProperty("posts") PostsConfig posts) {
        this.discord = discord == null ? DiscordConfig.DEFAULT : discord;
        this.data = data == null ? DataConfig.DEFAULT : data;
        this.style = style == null ? StyleConfig.DEFAULT : style;
        this.posts = posts == null ? PostsConfig.DEFAULT : posts;
    }
}
