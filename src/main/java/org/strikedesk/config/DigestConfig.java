package org.strikedesk.config;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.parser.CronParser;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A scheduled digest: the latest figures for a trust (or England) posted to a channel at set times.
 *
 * @param name what the digest is called, unique; used to remember which times have fired
 * @param cron when, as a five-field cron expression in Europe/London time (e.g. {@code 0 9 * * MON})
 * @param channel the channel id to post in
 * @param trust what to report: a trust as people name it, or {@code england} (the default)
 */
public record DigestConfig(String name, String cron, String channel, String trust) {
    private static final CronParser CRON = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    @JsonCreator
    public DigestConfig(
            @JsonProperty("name") String name,
            @JsonProperty("cron") String cron,
            @JsonProperty("channel") String channel,
            @JsonProperty("trust") String trust) {
        this.name = name;
        this.cron = cron;
        this.channel = channel;
        this.trust = trust == null || trust.isBlank() ? "england" : trust;
        if (name == null || !name.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw new ConfigException(
                    "posts.digests: name must be lower-case letters, digits and hyphens, not \"" + name + "\"");
        }
        if (channel == null || !channel.matches("\\d{17,20}")) {
            throw new ConfigException(
                    "posts.digests[" + name + "].channel must be a channel id, not \"" + channel + "\"");
        }
        try {
            CRON.parse(cron == null ? "" : cron).validate();
        } catch (IllegalArgumentException e) {
            throw new ConfigException("posts.digests[" + name + "].cron: \"" + cron + "\" is not a five-field cron"
                    + " expression such as \"0 9 * * MON\" (" + e.getMessage() + ")");
        }
    }

    /** The cron parser digests use: classic five-field Unix cron. */
    public static CronParser parser() {
        return CRON;
    }
}
