package org.strikedesk.discord;

import java.awt.Color;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.Component;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.AttachedFile;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.strikedesk.replies.Reply;

/**
 * Turns replies into Discord messages: an embed (title, text, fields, sources, the caveat as its footer), or plain
 * content for text meant to be copied. Every message allows no mentions, whatever it quotes, and stays inside
 * Discord's limits.
 */
public final class ReplyMessages {
    private static final Color ANSWER = new Color(0x005EB8);
    private static final Color WARNING = new Color(0xFFB81C);
    private static final Color ERROR = new Color(0xDA291C);
    private static final String NOTHING = "\u2014";
    /** JDA checks a field's name against the title's limit, which is Discord's limit for field names too. */
    private static final int FIELD_NAME_MAX_LENGTH = MessageEmbed.TITLE_MAX_LENGTH;

    private static final int BUTTONS_PER_ROW = ActionRow.getMaxAllowed(Component.Type.BUTTON);

    private ReplyMessages() {}

    public static MessageCreateData create(Reply reply) {
        MessageCreateBuilder message = new MessageCreateBuilder()
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .mentionRepliedUser(false);
        if (!reply.plainText().isEmpty()) {
            message.setContent(plainContent(reply)).setSuppressEmbeds(true);
        } else {
            message.setEmbeds(embed(reply));
            if (!reply.preface().isEmpty()) {
                message.setContent(DiscordLimits.fit(reply.preface(), Message.MAX_CONTENT_LENGTH));
            }
        }
        message.setFiles(files(reply));
        message.setComponents(rows(reply));
        return message.build();
    }

    /** The edit that turns a message into this reply, replacing all of it. */
    public static MessageEditData edit(Reply reply) {
        return MessageEditData.fromCreateData(create(reply));
    }

    /** The preface (if any), the text to copy, then its sources: the preface stays above, out of the way. */
    static String plainContent(Reply reply) {
        String sources =
                reply.sources().stream().map(source -> "\nSource: " + source).collect(Collectors.joining());
        String preface = reply.preface().isEmpty() ? "" : reply.preface() + "\n";
        return DiscordLimits.fit(preface + reply.plainText() + sources, Message.MAX_CONTENT_LENGTH);
    }

    static MessageEmbed embed(Reply reply) {
        EmbedBuilder embed = new EmbedBuilder().setColor(color(reply.tone()));
        int budget = MessageEmbed.EMBED_MAX_LENGTH_BOT;
        if (!reply.title().isEmpty()) {
            String title = DiscordLimits.fit(reply.title(), MessageEmbed.TITLE_MAX_LENGTH);
            embed.setTitle(title);
            budget -= title.length();
        }
        String footer = DiscordLimits.fit(reply.caveat(), MessageEmbed.TEXT_MAX_LENGTH);
        if (!footer.isEmpty()) {
            embed.setFooter(footer);
            budget -= footer.length();
        }
        String sources = sources(reply);
        budget -= sources.length() + "Sources".length();
        int keptForText = Math.min(reply.text().length(), 1000);
        budget = keptForText + addFields(embed, reply.fields(), budget - keptForText);
        if (!sources.isEmpty()) {
            embed.addField(reply.sources().size() == 1 ? "Source" : "Sources", sources, false);
        }
        String text =
                DiscordLimits.fit(reply.text(), Math.min(MessageEmbed.DESCRIPTION_MAX_LENGTH, Math.max(0, budget)));
        if (!text.isEmpty()) {
            embed.setDescription(text);
        }
        reply.attachments().stream()
                .filter(a -> a.fileName().endsWith(".png"))
                .findFirst()
                .ifPresent(a -> embed.setImage("attachment://" + a.fileName()));
        if (embed.isEmpty()) {
            // Discord refuses an empty embed, and JDA will not build one: a reply with nothing to show says so.
            embed.setDescription(NOTHING);
        }
        return embed.build();
    }

    private static int addFields(EmbedBuilder embed, List<Reply.Field> fields, int budget) {
        int room = MessageEmbed.MAX_FIELD_AMOUNT - 1;
        for (Reply.Field field : fields) {
            if (room == 0) {
                break;
            }
            String name = DiscordLimits.fit(field.name(), FIELD_NAME_MAX_LENGTH);
            String value = DiscordLimits.fit(
                    field.value().isEmpty() ? "\u2014" : field.value(), MessageEmbed.VALUE_MAX_LENGTH);
            if (name.length() + value.length() > budget) {
                break;
            }
            embed.addField(name, value, field.inline());
            budget -= name.length() + value.length();
            room--;
        }
        return budget;
    }

    private static String sources(Reply reply) {
        String lines = reply.sources().stream().map(ReplyMessages::link).collect(Collectors.joining("\n"));
        return DiscordLimits.fit(lines, MessageEmbed.VALUE_MAX_LENGTH);
    }

    /** "Name (published …): URL" becomes a masked link "[Name (published …)](URL)". */
    static String link(String source) {
        int split = source.lastIndexOf(": http");
        if (split < 0) {
            return source;
        }
        String label = source.substring(0, split).replace("[", "(").replace("]", ")");
        String url = source.substring(split + 2);
        return url.contains(")") || url.contains(" ") ? source : "[" + label + "](" + url + ")";
    }

    private static List<FileUpload> files(Reply reply) {
        return reply.attachments().stream()
                .map(a -> FileUpload.fromData(a.content(), a.fileName())
                        .setDescription(
                                DiscordLimits.fit(a.description().strip(), AttachedFile.MAX_DESCRIPTION_LENGTH)))
                .toList();
    }

    /**
     * The buttons Discord accepts, in rows: an id of 1 to 100 characters used once in the message, and a label. An
     * action without them could not be pressed anyway; leaving it out keeps the rest of the reply.
     */
    private static List<ActionRow> rows(Reply reply) {
        Set<String> ids = new HashSet<>();
        List<Button> buttons = reply.actions().stream()
                .filter(a -> !a.id().isEmpty() && a.id().length() <= Button.ID_MAX_LENGTH)
                .filter(a -> !a.label().isBlank())
                .filter(a -> ids.add(a.id()))
                .limit((long) Message.MAX_COMPONENT_COUNT * BUTTONS_PER_ROW)
                .map(a -> Button.secondary(a.id(), DiscordLimits.fit(a.label(), Button.LABEL_MAX_LENGTH)))
                .toList();
        List<ActionRow> rows = new ArrayList<>();
        for (int i = 0; i < buttons.size() && rows.size() < Message.MAX_COMPONENT_COUNT; i += BUTTONS_PER_ROW) {
            rows.add(ActionRow.of(buttons.subList(i, Math.min(buttons.size(), i + BUTTONS_PER_ROW))));
        }
        return rows;
    }

    private static Color color(Reply.Tone tone) {
        return switch (tone) {
            case ANSWER -> ANSWER;
            case WARNING -> WARNING;
            case ERROR -> ERROR;
        };
    }
}
