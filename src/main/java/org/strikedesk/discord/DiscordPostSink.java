package org.strikedesk.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.strikedesk.posts.PostSink;
import org.strikedesk.replies.Reply;

/**
 * Delivers posts to Discord channels and waits for Discord's answer. JDA retries rate limits and server errors
 * itself; what still fails is classed as worth retrying later, or as a channel that cannot be posted in.
 */
final class DiscordPostSink implements PostSink {
    private final JDA jda;

    DiscordPostSink(JDA jda) {
        this.jda = jda;
    }

    @Override
    public Delivery send(String channelId, Reply reply, String nonce) {
        MessageChannel channel = jda.getChannelById(MessageChannel.class, channelId);
        if (channel == null) {
            return new Delivery.Unusable("the channel does not exist or the bot cannot see it");
        }
        try {
            return new Delivery.Delivered(channel.sendMessage(ReplyMessages.create(reply))
                    .setNonce(nonce)
                    .complete()
                    .getId());
        } catch (InsufficientPermissionException e) {
            return new Delivery.Unusable(
                    "missing permission " + e.getPermission().getName());
        } catch (ErrorResponseException e) {
            return classify(e, false);
        } catch (RuntimeException e) {
            return new Delivery.Retry(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    @Override
    public Delivery edit(String channelId, String messageId, Reply reply) {
        MessageChannel channel = jda.getChannelById(MessageChannel.class, channelId);
        if (channel == null) {
            return new Delivery.Unusable("the channel does not exist or the bot cannot see it");
        }
        try {
            channel.editMessageById(messageId, ReplyMessages.edit(reply)).complete();
            return new Delivery.Delivered(messageId);
        } catch (InsufficientPermissionException e) {
            return new Delivery.Unusable(
                    "missing permission " + e.getPermission().getName());
        } catch (ErrorResponseException e) {
            return classify(e, true);
        } catch (RuntimeException e) {
            return new Delivery.Retry(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static Delivery classify(ErrorResponseException e, boolean editing) {
        ErrorResponse error = e.getErrorResponse();
        if (editing && error == ErrorResponse.UNKNOWN_MESSAGE) {
            return new Delivery.MessageGone("the earlier message was deleted");
        }
        return switch (error) {
            case MISSING_PERMISSIONS, MISSING_ACCESS, UNKNOWN_CHANNEL, CANNOT_SEND_TO_USER ->
                new Delivery.Unusable(error.getMeaning() + " (Discord error " + error.getCode() + ")");
            default -> new Delivery.Retry(error.getMeaning() + " (HTTP " + e.getErrorCode() + ")");
        };
    }
}
