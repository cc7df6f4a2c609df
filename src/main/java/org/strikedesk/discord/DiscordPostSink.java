package org.strikedesk.discord;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.strikedesk.config.ShardsConfig;
import org.strikedesk.posts.ChannelAccess;
import org.strikedesk.posts.PostMessage;
import org.strikedesk.posts.PostSink;
import org.strikedesk.replies.HouseStyle;
import org.strikedesk.replies.Reply;

/**
 * Delivers posts to Discord channels and waits for Discord's answer. JDA retries rate limits and server errors
 * itself; what still fails is classed as worth retrying later, or as a channel that cannot be posted in. Before
 * sending, the permissions a post needs are checked in JDA's cache, so a refusal names what is missing (Discord's
 * own refusal, 50013, does not).
 */
final class DiscordPostSink implements PostSink {
    /**
     * What a post needs in its channel (see it, send, show its card), by the names Discord's channel settings give
     * them (JDA's names are those of the server-wide role settings, such as "View Channels").
     */
    static final Map<Permission, String> NEEDED = namesInOrder(
            Permission.VIEW_CHANNEL, "View Channel",
            Permission.MESSAGE_SEND, "Send Messages",
            Permission.MESSAGE_EMBED_LINKS, "Embed Links");

    /** How a post's reference begins in its footer. */
    static final String REFERENCE = "Ref ";
    /** How many of a channel's latest messages are searched: the most one request returns. */
    private static final int SEARCHED = 100;

    private final ShardManager jda;
    private final ShardsConfig shards;

    /** A sink for the servers of the shards a manager runs: {@code shards}, with the total known. */
    DiscordPostSink(ShardManager shards, ShardsConfig running) {
        this.jda = shards;
        this.shards = running;
    }

    @Override
    public ShardsConfig shards() {
        return shards;
    }

    /** From the cache of the shards this process runs, which holds the channels of their servers. */
    @Override
    public Optional<String> guildOf(String channelId) {
        return Optional.ofNullable(jda.getChannelById(GuildChannel.class, channelId))
                .map(channel -> channel.getGuild().getId());
    }

    @Override
    public Delivery send(String channelId, PostMessage post, String nonce) {
        GuildMessageChannel channel = jda.getChannelById(GuildMessageChannel.class, channelId);
        if (channel == null) {
            return new Delivery.Unusable("the channel does not exist or the bot cannot see it");
        }
        List<String> missing = missing(channel.getGuild().getSelfMember(), channel);
        if (!missing.isEmpty()) {
            return new Delivery.Unusable("StrikeDesk is missing " + HouseStyle.list(missing) + " there");
        }
        try {
            MessageCreateAction send = channel.sendMessage(ReplyMessages.post(referenced(post, nonce)))
                    .setNonce(nonce);
            // A correction replies to the post it corrects; if that was deleted, it is posted all the same.
            MessageCreateAction message = post.replyTo()
                    .map(id -> send.setMessageReference(id).failOnInvalidReply(false))
                    .orElse(send);
            return new Delivery.Delivered(message.complete().getId());
        } catch (InsufficientPermissionException e) {
            return new Delivery.Unusable("StrikeDesk is missing "
                    + NEEDED.getOrDefault(e.getPermission(), e.getPermission().getName()) + " there");
        } catch (ErrorResponseException e) {
            return classify(e, false);
        } catch (RuntimeException e) {
            return new Delivery.Retry(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    @Override
    public Delivery edit(String channelId, String messageId, PostMessage post) {
        MessageChannel channel = jda.getChannelById(MessageChannel.class, channelId);
        if (channel == null) {
            return new Delivery.Unusable("the channel does not exist or the bot cannot see it");
        }
        try {
            channel.editMessageById(messageId, ReplyMessages.edit(post)).complete();
            return new Delivery.Delivered(messageId);
        } catch (InsufficientPermissionException e) {
            return new Delivery.Unusable("StrikeDesk is missing "
                    + NEEDED.getOrDefault(e.getPermission(), e.getPermission().getName()) + " there");
        } catch (ErrorResponseException e) {
            return classify(e, true);
        } catch (RuntimeException e) {
            return new Delivery.Retry(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /**
     * From JDA's cache, which GUILD_CREATE filled and CHANNEL_UPDATE and role events keep current: a server JDA does
     * not have is one that added StrikeDesk without its bot user.
     */
    @Override
    public ChannelAccess access(String guildId, String channelId) {
        Guild guild = jda.getGuildById(guildId);
        if (guild == null) {
            return new ChannelAccess.NotInServer(
                    DiscordBot.inviteUrl(jda.getShards().get(0)));
        }
        GuildChannel channel = guild.getGuildChannelById(channelId);
        if (channel == null) {
            return new ChannelAccess.Unreachable("it is not a channel of this server that StrikeDesk knows");
        }
        if (!(channel instanceof GuildMessageChannel)) {
            return new ChannelAccess.Unreachable("it is not a text channel");
        }
        List<String> missing = missing(guild.getSelfMember(), channel);
        return missing.isEmpty() ? new ChannelAccess.Granted() : new ChannelAccess.Missing(missing);
    }

    /**
     * The post's own reference, at the start of its footer (where cutting a long caveat to Discord's length cannot
     * reach it) or, for plain text, on a line of its own: what {@link #find} looks for, since Discord gives a message's
     * nonce back only in the answer to creating it (docs {@code resources/message.mdx}; Rapptz/discord.py#2451).
     */
    static PostMessage referenced(PostMessage post, String nonce) {
        return new PostMessage(
                referenced(post.reply(), nonce), post.kind(), post.content(), post.at(), post.role(), post.replyTo());
    }

    static Reply referenced(Reply reply, String nonce) {
        String mark = REFERENCE + nonce;
        if (!reply.plainText().isEmpty()) {
            return reply.toBuilder().plainText(reply.plainText() + "\n" + mark).build();
        }
        return reply.toBuilder()
                .caveat(reply.caveat().isEmpty() ? mark : mark + " \u00b7 " + reply.caveat())
                .build();
    }

    /**
     * Searches the channel's last 100 messages by the bot for the post's reference. Without View Channel and Read
     * Message History Discord would answer with no messages at all rather than an error (docs
     * {@code resources/message.mdx}, "Get Channel Messages"), so that is checked first and said.
     */
    @Override
    public Search find(String channelId, String nonce) {
        GuildMessageChannel channel = jda.getChannelById(GuildMessageChannel.class, channelId);
        if (channel == null) {
            return new Search.Absent();
        }
        Member self = channel.getGuild().getSelfMember();
        if (!self.hasPermission(channel, Permission.VIEW_CHANNEL, Permission.MESSAGE_HISTORY)) {
            return new Search.Blind("StrikeDesk lacks Read Message History there");
        }
        try {
            String mark = REFERENCE + nonce;
            return channel.getHistory().retrievePast(SEARCHED).complete().stream()
                    .filter(m -> m.getAuthor().getIdLong() == self.getIdLong() && carries(m, mark))
                    .findFirst()
                    .<Search>map(m -> new Search.Found(m.getId()))
                    .orElseGet(Search.Absent::new);
        } catch (ErrorResponseException e) {
            return new Search.Unknown(e.getMeaning() + " (Discord error " + e.getErrorCode() + ")");
        } catch (RuntimeException e) {
            return new Search.Unknown(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    @Override
    public boolean readsHistory(String guildId, String channelId) {
        Guild guild = jda.getGuildById(guildId);
        GuildChannel channel = guild == null ? null : guild.getGuildChannelById(channelId);
        return channel != null
                && guild.getSelfMember().hasPermission(channel, Permission.VIEW_CHANNEL, Permission.MESSAGE_HISTORY);
    }

    /** Whether a message bears exactly this reference (not one it begins: post 12's is the start of post 123's). */
    private static boolean carries(Message message, String mark) {
        return bears(
                        message.getContentRaw()
                                .lines()
                                .reduce((first, last) -> last)
                                .orElse(""),
                        mark)
                || message.getEmbeds().stream()
                        .anyMatch(e ->
                                e.getFooter() != null && bears(e.getFooter().getText(), mark));
    }

    private static boolean bears(String text, String mark) {
        return text != null && (text.equals(mark) || text.startsWith(mark + " "));
    }

    /**
     * The needed permissions the bot lacks in the channel, by name. Without View Channel nothing else can be judged,
     * so that alone is named.
     */
    private static List<String> missing(Member self, GuildChannel channel) {
        List<Permission> lacking = NEEDED.keySet().stream()
                .filter(p -> !self.hasPermission(channel, p))
                .toList();
        if (lacking.contains(Permission.VIEW_CHANNEL)) {
            lacking = List.of(Permission.VIEW_CHANNEL);
        }
        return lacking.stream().map(NEEDED::get).toList();
    }

    private static Map<Permission, String> namesInOrder(Object... pairs) {
        Map<Permission, String> names = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            names.put((Permission) pairs[i], (String) pairs[i + 1]);
        }
        return Collections.unmodifiableMap(names);
    }

    /**
     * What Discord's refusal means for the post, once JDA has done its own retrying (429s until they pass; 502-504
     * and 520-524 four times; a lost connection once): a channel StrikeDesk cannot use (403 50001 or 50013, 404
     * 10003), a message to edit that is gone (10008), any other 4xx refused for what the post is (400 50035 invalid
     * form body, say), none of which will heal by sending again; or a server error, worth another try later. JDA
     * names the error from Discord's JSON code, never the HTTP status (JDA {@code Request#createErrorResponseException}),
     * so the status comes from the response.
     */
    static Delivery classify(ErrorResponseException e, boolean editing) {
        ErrorResponse error = e.getErrorResponse();
        int status = e.getResponse() == null ? 0 : e.getResponse().code;
        String meaning = e.getMeaning() + " (Discord error " + e.getErrorCode() + ", HTTP " + status + ")";
        if (editing && error == ErrorResponse.UNKNOWN_MESSAGE) {
            return new Delivery.MessageGone("the earlier message was deleted");
        }
        return switch (error) {
            case MISSING_PERMISSIONS, MISSING_ACCESS, UNKNOWN_CHANNEL, CANNOT_SEND_TO_USER ->
                new Delivery.Unusable(meaning);
            default ->
                status >= 400 && status < 500 && status != 429
                        ? new Delivery.Rejected(meaning)
                        : new Delivery.Retry(meaning);
        };
    }
}
