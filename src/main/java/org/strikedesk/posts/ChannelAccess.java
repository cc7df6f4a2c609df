package org.strikedesk.posts;

import java.util.List;

/**
 * Whether StrikeDesk can post in a channel, as far as it can tell without trying: granted, missing permissions it
 * names, not in the server at all (added for its commands only), or a channel it cannot reach. Each outcome hands
 * itself to the {@link Handler} method for its kind, so a caller handles every one.
 */
public sealed interface ChannelAccess {
    /** Calls the handler's method for this outcome. */
    <R> R handle(Handler<R> handler);

    /** Whether a post would go through. */
    default boolean granted() {
        return this instanceof Granted;
    }

    /**
     * What to do with each outcome; one method per outcome, none optional.
     *
     * @param <R> what handling gives back
     */
    interface Handler<R> {
        R granted(Granted granted);

        R missing(Missing missing);

        R notInServer(NotInServer notInServer);

        R unreachable(Unreachable unreachable);
    }

    /** Finds out whether StrikeDesk can post in a channel of a server. */
    @FunctionalInterface
    interface Check {
        ChannelAccess of(String guildId, String channelId);
    }

    /** StrikeDesk may view the channel, send and embed there. */
    record Granted() implements ChannelAccess {
        @Override
        public <R> R handle(Handler<R> handler) {
            return handler.granted(this);
        }
    }

    /**
     * Permissions StrikeDesk lacks there, by the names Discord shows them ("Embed Links"), never empty.
     *
     * @param permissions what to grant, in the order Discord lists them
     */
    record Missing(List<String> permissions) implements ChannelAccess {
        public Missing {
            permissions = List.copyOf(permissions);
            if (permissions.isEmpty()) {
                throw new IllegalArgumentException("a channel missing no permission is granted");
            }
        }

        @Override
        public <R> R handle(Handler<R> handler) {
            return handler.missing(this);
        }
    }

    /**
     * The server added StrikeDesk for its slash commands only, without its bot user, which is what posts.
     *
     * @param inviteLink the link that adds the bot user with the permissions it needs
     */
    record NotInServer(String inviteLink) implements ChannelAccess {
        @Override
        public <R> R handle(Handler<R> handler) {
            return handler.notInServer(this);
        }
    }

    /**
     * The channel cannot be reached at all.
     *
     * @param reason why, as a clause ("it is not a text channel")
     */
    record Unreachable(String reason) implements ChannelAccess {
        @Override
        public <R> R handle(Handler<R> handler) {
            return handler.unreachable(this);
        }
    }
}
