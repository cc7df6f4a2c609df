package org.strikedesk.posts;

import java.time.Instant;
import java.util.Optional;

/**
 * A channel that asked for new figures.
 *
 * @param id its number
 * @param guildId the server
 * @param channelId where posts go
 * @param orgCode what it follows: {@code ENG}, a region code, or a trust code
 * @param createdBy who subscribed it
 * @param createdIn the channel where {@code /subscribe} was used; problems with posting are reported there
 * @param createdAt when
 * @param mentionRole the role its posts mention, chosen with {@code /subscribe role:}; none by default
 */
public record Subscription(
        long id,
        String guildId,
        String channelId,
        String orgCode,
        String createdBy,
        String createdIn,
        Instant createdAt,
        Optional<String> mentionRole) {}
