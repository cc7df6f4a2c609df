package org.strikedesk.posts;

import java.time.Instant;

/**
 * One post in the outbox.
 *
 * @param id its number, which also makes its message nonce
 * @param channelId where it goes
 * @param subscriptionId the subscription it serves, if any
 * @param kind what it is for
 * @param payload what it says
 * @param editOf for an edit, the post whose message is edited
 * @param status pending, sending, delivered, merged or failed
 * @param attempts how many times delivery was tried
 * @param messageId Discord's id for the message, once accepted
 * @param createdAt when it was owed
 */
public record Post(
        long id,
        String channelId,
        Long subscriptionId,
        PostKind kind,
        PostPayload payload,
        Long editOf,
        String status,
        int attempts,
        String messageId,
        Instant createdAt) {}
