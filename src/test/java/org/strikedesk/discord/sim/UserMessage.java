package org.strikedesk.discord.sim;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A message a user sends, as the simulator delivers it to the bot in MESSAGE_CREATE: in a guild text channel (by
 * default the reporter in {@code #desk}) or as a direct message to the bot. Mention the bot by writing
 * {@code <@BOT_ID>} in the content, as Discord clients do; {@code mentions} is filled in from the content.
 *
 * <pre>{@code
 * JsonNode asked = sim.userMessage("<@" + SimDefaults.BOT_ID + "> staff absent at ENHT?").send();
 * JsonNode answer = sim.awaitReplyTo(asked, Duration.ofSeconds(10));
 * }</pre>
 */
public final class UserMessage {
    private final DiscordSimulator sim;
    private final String content;
    private SimUser author;
    private String channelId;
    private boolean direct;
    private JsonNode replyingTo;
    private boolean pingReplied;

    UserMessage(DiscordSimulator sim, String content) {
        this.sim = sim;
        this.content = content;
    }

    /** Sent by this user (a member of the channel's guild, or anyone for a direct message). */
    public UserMessage by(SimUser user) {
        this.author = user;
        return this;
    }

    /** Sent in this guild text channel. */
    public UserMessage in(String channel) {
        this.channelId = channel;
        this.direct = false;
        return this;
    }

    /** Sent as a direct message to the bot, in the DM channel between the author and the bot. */
    public UserMessage direct() {
        this.direct = true;
        return this;
    }

    /**
     * Sent as a reply to {@code message} (JSON as stored here); {@code ping} is the client's "@ mention" toggle,
     * which puts the replied-to author in {@code mentions}.
     */
    public UserMessage replyingTo(JsonNode message, boolean ping) {
        this.replyingTo = message;
        this.pingReplied = ping;
        return this;
    }

    /** Dispatches MESSAGE_CREATE (if the bot's intents ask for it); returns the message with its full content. */
    public JsonNode send() {
        return sim.sendUserMessage(
                new MessageCreates.Draft(content, author, channelId, direct, replyingTo, pingReplied));
    }
}
