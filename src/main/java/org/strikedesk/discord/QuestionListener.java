package org.strikedesk.discord;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageType;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strikedesk.commands.Invoker;
import org.strikedesk.config.QuestionLimit;
import org.strikedesk.questions.QuestionDesk;
import org.strikedesk.replies.Reply;

/**
 * Answers questions in words: a message that mentions the bot, or a direct message to it, is answered in the same
 * channel as a reply to that message, pinging no one. Discord sends the content of exactly these messages without
 * the privileged Message Content intent; every other message arrives with its content empty and is left alone, as
 * are messages from bots (the bot's own among them), webhooks and the system. A person asking faster than the
 * {@link QuestionRate} allows is told once to slow down, then not answered for a while. In a channel where the bot
 * may not send, read history (which a reply needs) or embed, nothing is sent and the missing permission is logged.
 */
final class QuestionListener extends ListenerAdapter {
    /** What the bot needs in a channel to answer a question there with a reply. */
    static final Set<Permission> TO_ANSWER = EnumSet.of(
            Permission.VIEW_CHANNEL,
            Permission.MESSAGE_SEND,
            Permission.MESSAGE_EMBED_LINKS,
            Permission.MESSAGE_HISTORY);

    private static final Logger log = LoggerFactory.getLogger(QuestionListener.class);
    private static final Set<MessageType> ASKED = EnumSet.of(MessageType.DEFAULT, MessageType.INLINE_REPLY);

    private final QuestionDesk desk;
    private final QuestionRate rate;
    private final RepliesUnderWay replies;
    private final CommandIds commandIds;

    QuestionListener(QuestionDesk desk, QuestionRate rate, RepliesUnderWay replies, CommandIds commandIds) {
        this.desk = desk;
        this.rate = rate;
        this.replies = replies;
        this.commandIds = commandIds;
    }

    /** The one reply to a person asking too fast: how fast they may ask, and when to ask again. */
    static String slowDown(QuestionLimit limit) {
        return "StrikeDesk answers each person " + limit.inWords() + ". Questions sent before one is given back are"
                + " not answered: ask again in " + limit.oneGivenBackInWords() + ".";
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        Message message = event.getMessage();
        User author = event.getAuthor();
        if (replies.stopping()
                || author.isBot()
                || author.isSystem()
                || message.isWebhookMessage()
                || !ASKED.contains(message.getType())) {
            return;
        }
        User self = event.getJDA().getSelfUser();
        boolean direct = !event.isFromGuild();
        if (!direct && !message.getMentions().isMentioned(self, Message.MentionType.USER)) {
            return;
        }
        if (!direct && !mayAnswerIn(event)) {
            return;
        }
        switch (rate.ask(author.getId())) {
            case ANSWER -> answer(message, question(message.getContentRaw(), self.getId()), invoker(event));
            case SLOW_DOWN -> {
                replies.begin();
                send(
                        message,
                        Reply.builder(Reply.Tone.WARNING)
                                .title("Slow down")
                                .text(slowDown(rate.limit()))
                                .build());
            }
            case IGNORE -> log.debug("Question from user {} not answered: asking too fast", author.getId());
        }
    }

    /** Whether the bot may reply in the message's channel; if not, the log says which permission it lacks. */
    private static boolean mayAnswerIn(MessageReceivedEvent event) {
        Member self = event.getGuild().getSelfMember();
        GuildChannel channel = event.getGuildChannel();
        Set<Permission> missing = TO_ANSWER.stream()
                .filter(permission -> !self.hasPermission(channel, permission))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Permission.class)));
        if (missing.isEmpty()) {
            return true;
        }
        log.warn(
                "A question mentioned StrikeDesk in #{} ({}) of {}, but it cannot answer there: it lacks {}",
                channel.getName(),
                channel.getId(),
                event.getGuild().getName(),
                missing.stream().map(Permission::getName).collect(Collectors.joining(", ")));
        return false;
    }

    /** The text of the question: the message without the mentions of the bot. */
    static String question(String content, String selfId) {
        return Pattern.compile("<@!?" + selfId + ">")
                .matcher(content)
                .replaceAll(" ")
                .strip();
    }

    private static Invoker invoker(MessageReceivedEvent event) {
        return new Invoker(
                event.getAuthor().getId(),
                event.getAuthor().getName(),
                false,
                event.isFromGuild() ? event.getGuild().getId() : "",
                event.getChannel().getId());
    }

    private void answer(Message message, String question, Invoker invoker) {
        replies.begin();
        replies.onWorker("a question from user " + invoker.userId(), () -> {
            Reply reply;
            try {
                reply = desk.answer(question, invoker);
            } catch (RuntimeException e) {
                replies.end();
                log.error("Could not answer a question from user {}", invoker.userId(), e);
                return;
            }
            send(message, reply);
        });
    }

    /**
     * Sends the reply to the message, once {@link RepliesUnderWay#begin()} has counted it: no mentions parsed, the asker not
     * pinged, and sent as a plain message should the question have been deleted meanwhile.
     */
    private void send(Message message, Reply reply) {
        try {
            queue(message, reply);
        } catch (RuntimeException e) {
            replies.end();
            log.warn(
                    "Could not answer a question from user {}: {}",
                    message.getAuthor().getId(),
                    e.toString());
        }
    }

    private void queue(Message message, Reply reply) {
        DiscordInline inline =
                commandIds.in(message.isFromGuild() ? Optional.of(message.getGuildId()) : Optional.empty());
        message.reply(ReplyMessages.create(reply, inline))
                .mentionRepliedUser(false)
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .failOnInvalidReply(false)
                .queue(
                        sent -> {
                            replies.end();
                            log.info(
                                    "Answered a question from user {}",
                                    message.getAuthor().getId());
                        },
                        e -> {
                            replies.end();
                            log.warn(
                                    "Could not answer a question from user {}: {}",
                                    message.getAuthor().getId(),
                                    e.toString());
                        });
    }
}
