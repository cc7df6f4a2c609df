package org.strikedesk.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How new figures are posted.
 *
 * @param digests scheduled digests, times in Europe/London
 * @param checkEvery how often the outbox and the schedules are checked
 * @param backlog how many releases waiting for one channel are posted as one summary instead
 * @param nonceWindow how long StrikeDesk counts on Discord to remember a post's nonce; a post tried longer ago is
 *     looked for in its channel before it is sent again. Discord says "a few minutes"; shorter is safer
 */
public record PostsConfig(List<DigestConfig> digests, Duration checkEvery, int backlog, Duration nonceWindow) {
    public static final PostsConfig DEFAULT = new PostsConfig(List.of(), null, 0, null);

    public PostsConfig(List<DigestConfig> digests, Duration checkEvery, int backlog, Duration nonceWindow) {
        this.digests = digests == null ? List.of() : List.copyOf(digests);
        this.checkEvery = checkEvery == null ? Duration.ofSeconds(5) : checkEvery;
        this.backlog = backlog == 0 ? 2 : backlog;
        this.nonceWindow = nonceWindow == null ? Duration.ofMinutes(1) : nonceWindow;
        if (this.nonceWindow.isNegative() || this.nonceWindow.compareTo(Duration.ofMinutes(2)) > 0) {
            throw new ConfigException("posts.nonceWindow must be between PT0S and PT2M (Discord keeps a nonce for"
                    + " \"a few minutes\"), not " + nonceWindow);
        }
        if (this.checkEvery.compareTo(Duration.ofSeconds(1)) < 0
                || this.checkEvery.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new ConfigException("posts.checkEvery must be between PT1S and PT10M, not " + checkEvery);
        }
        if (this.backlog < 2) {
            throw new ConfigException("posts.backlog must be 2 or more, not " + backlog);
        }
        Set<String> names = new HashSet<>();
        for (DigestConfig digest : this.digests) {
            if (!names.add(digest.name())) {
                throw new ConfigException("posts.digests: two digests are called \"" + digest.name() + "\"");
            }
        }
    }

    /** Reads the config section; durations are ISO 8601 text such as {@code PT5S}. */
    @JsonCreator
    static PostsConfig of(
            @JsonProperty("digests") List<DigestConfig> digests,
            @JsonProperty("checkEvery") String checkEvery,
            @JsonProperty("backlog") Integer backlog,
            @JsonProperty("nonceWindow") String nonceWindow) {
        // A key left out is null: an int would refuse a posts section that leaves backlog out.
        return new PostsConfig(
                digests,
                Durations.parse("posts.checkEvery", checkEvery, null),
                backlog == null ? 0 : backlog,
                Durations.parse("posts.nonceWindow", nonceWindow, null));
    }
}
