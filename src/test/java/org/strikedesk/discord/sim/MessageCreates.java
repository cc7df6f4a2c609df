package org.strikedesk.discord.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MESSAGE_CREATE for messages users send, as Discord delivers them to a bot:
 *
 * <ul>
 *   <li>Only with the intent for where the message was sent: GUILD_MESSAGES (1 &lt;&lt; 9) in a guild,
 *       DIRECT_MESSAGES (1 &lt;&lt; 12) in a DM (docs {@code events/gateway.mdx}, "List of Intents").
 *   <li>Without MESSAGE_CONTENT (1 &lt;&lt; 15), {@code content}, {@code embeds}, {@code attachments} and
 *       {@code components} arrive empty and {@code poll} is left out, except in DMs, in messages the bot sent and in
 *       messages that mention the bot (docs {@code events/gateway.mdx}, "Message Content Intent";
 *       {@code resources/message.mdx}, "Message Structure"). Mentioned means the bot is in {@code mentions}: an
 *       explicit {@code <@id>}, or a reply with the author ping on (discord/discord-api-docs#5395).
 *   <li>The fields JDA 6.5.0 requires ({@code internal/entities/EntityBuilder#createMessage0}): {@code id}, {@code
 *       type}, {@code author} with {@code id} and {@code username}, {@code channel_id}, {@code mentions},
 *       {@code mention_roles}; {@code member.roles} for a guild message, and for each mention's {@code member}.
 *       A DM has no {@code guild_id} or {@code member}; JDA builds the private channel from {@code channel_id}
 *       ({@code EntityBuilder#createPrivateChannelByMessage}).
 *   <li>A reply has type 19 (REPLY), {@code message_reference} and {@code referenced_message}
 *       ({@code resources/message.mdx}, "Message Types", "Message Reference Structure").
 * </ul>
 */
final class MessageCreates {
    static final long GUILD_MESSAGES = 1L << 9;
    static final long DIRECT_MESSAGES = 1L << 12;
    static final long MESSAGE_CONTENT = 1L << 15;

    private static final Pattern MENTION = Pattern.compile("<@!?(\\d{17,20})>");
    private static final Instant JOINED = Instant.parse("2024-01-01T09:00:00Z");

    private MessageCreates() {}

    /**
     * A message as a test describes it.
     *
     * @param content what the user typed
     * @param author who sent it, or null for the default member
     * @param channelId the guild channel, or null for the default one
     * @param direct true for a DM to the bot
     * @param replyingTo the message it replies to, or null
     * @param pingReplied whether the reply pings the replied-to author
     */
    record Draft(
            String content,
            SimUser author,
            String channelId,
            boolean direct,
            JsonNode replyingTo,
            boolean pingReplied) {}

    /** The message with its full content, as stored and as Discord would show it to users. */
    static ObjectNode message(Draft draft, SimUser author, String channelId, Optional<SimGuild> guild, SimUser bot) {
        String id = Snowflakes.next();
        ObjectNode message = Json.object()
                .put("id", id)
                .put("channel_id", channelId)
                .put("type", draft.replyingTo() == null ? 0 : 19)
                .put("content", draft.content());
        guild.ifPresent(g -> message.put("guild_id", g.id()));
        message.set("author", Payloads.user(author));
        guild.flatMap(g -> g.member(author.id())).ifPresent(member -> message.set("member", partialMember(member)));
        ArrayNode mentions = message.putArray("mentions");
        for (SimUser mentioned : mentioned(draft, guild, bot)) {
            ObjectNode user = Payloads.user(mentioned);
            guild.flatMap(g -> g.member(mentioned.id())).ifPresent(member -> user.set("member", partialMember(member)));
            mentions.add(user);
        }
        message.putArray("mention_roles");
        message.put("mention_everyone", false)
                .put("pinned", false)
                .put("tts", false)
                .put("flags", 0)
                .put("timestamp", Payloads.timestamp(Snowflakes.timeOf(id)));
        message.putNull("edited_timestamp");
        for (String list : new String[] {"attachments", "embeds", "components"}) {
            message.putArray(list);
        }
        if (draft.replyingTo() != null) {
            ObjectNode reference = message.putObject("message_reference")
                    .put("type", 0)
                    .put("message_id", draft.replyingTo().path("id").asText())
                    .put("channel_id", channelId);
            guild.ifPresent(g -> reference.put("guild_id", g.id()));
            message.set("referenced_message", draft.replyingTo().deepCopy());
        }
        return message;
    }

    /** The users named with {@code <@id>} that Discord knows, then the replied-to author if pinged. */
    private static Set<SimUser> mentioned(Draft draft, Optional<SimGuild> guild, SimUser bot) {
        Set<SimUser> users = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(draft.content());
        while (matcher.find()) {
            String id = matcher.group(1);
            if (id.equals(bot.id())) {
                users.add(bot);
            } else {
                guild.flatMap(g -> g.member(id)).map(SimMember::user).ifPresent(users::add);
            }
        }
        if (draft.replyingTo() != null && draft.pingReplied()) {
            String repliedId = draft.replyingTo().path("author").path("id").asText();
            if (repliedId.equals(bot.id())) {
                users.add(bot);
            } else {
                guild.flatMap(g -> g.member(repliedId)).map(SimMember::user).ifPresent(users::add);
            }
        }
        return users;
    }

    private static ObjectNode partialMember(SimMember member) {
        ObjectNode json = Payloads.member(member, JOINED);
        json.remove("user");
        return json;
    }

    /** Whether a bot with these intents receives the message at all. */
    static boolean delivered(long intents, boolean direct) {
        return (intents & (direct ? DIRECT_MESSAGES : GUILD_MESSAGES)) != 0;
    }

    /** The message as the bot receives it: content kept, or emptied where Discord empties it. */
    static ObjectNode asReceived(ObjectNode message, long intents, boolean direct, SimUser bot) {
        boolean mentioned = false;
        for (JsonNode user : message.path("mentions")) {
            mentioned |= user.path("id").asText().equals(bot.id());
        }
        boolean own = message.path("author").path("id").asText().equals(bot.id());
        ObjectNode received = message.deepCopy();
        if ((intents & MESSAGE_CONTENT) == 0 && !direct && !own && !mentioned) {
            received.put("content", "");
            for (String list : new String[] {"attachments", "embeds", "components"}) {
                received.putArray(list);
            }
            received.remove("poll");
        }
        return received;
    }
}
