package org.strikedesk.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/** All of the bot's settings, one record per concern. Missing sections take their defaults. */
public record StrikeDeskConfig(DiscordConfig discord, DataConfig data, StyleConfig style) {
    public static final StrikeDeskConfig DEFAULT =
            new StrikeDeskConfig(DiscordConfig.DEFAULT, DataConfig.DEFAULT, StyleConfig.DEFAULT);

    @JsonCreator
    public StrikeDeskConfig(
            @JsonProperty("discord") DiscordConfig discord,
            @JsonProperty("data") DataConfig data,
            @JsonProperty("style") StyleConfig style) {
        this.discord = discord == null ? DiscordConfig.DEFAULT : discord;
        this.data = data == null ? DataConfig.DEFAULT : data;
        this.style = style == null ? StyleConfig.DEFAULT : style;
    }
}
