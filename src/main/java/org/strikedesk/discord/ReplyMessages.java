package org.strikedesk.discord;

import java.awt.Color;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.Component;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.selections.SelectOption;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.AttachedFile;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.strikedesk.posts.PostMessage;
import org.strikedesk.replies.Inline;
import org.strikedesk.replies.Reply;

/**
 * Turns replies into Discord messages: an embed (title, text, fields, sources, the caveat as its footer), or plain
 * content for text meant to be copied. Every message allows no mentions, whatever it quotes, and stays inside
 * Discord's limits.
 */
public final class ReplyMessages {
    private static final Color ANSWER = new Color(0x005EB8);
    private static final Color WARNING = new Color(0xFFB81C);
    /** NHS light blue: a question asked back is neither an answer nor a fault. */
    private static final Color QUESTION = new Color(0x41B6E6);

    private static final Color ERROR = new Color(0xDA291C);
    /** NHS identity colours for the kinds of post: new figures blue, corrections orange, digests light blue. */
    private static final Color RELEASE = ANSWER;

    private static final Color CORRECTION = new Color(0xED8B00);
    private static final Color DIGEST = QUESTION;
    private static final Color NOTICE = WARNING;
    private static final Color ALERT = ERROR;
    private static final String NOTHING = "\u2014";
    /** JDA checks a field's name against the title's limit, which is Discord's limit for field names too. */
    private static final int FIELD_NAME_MAX_LENGTH = MessageEmbed.TITLE_MAX_LENGTH;

    private static final int BUTTONS_PER_ROW = ActionRow.getMaxAllowed(Component.Type.BUTTON);

    private ReplyMessages() {}

    /** The reply with commands shown as {@code /name}, as where no command ids are known. */
    public static MessageCreateData create(Reply reply) {
        return create(reply, DiscordInline.PLAIN);
    }

    /** The reply with commands linked by the ids {@code inline} knows for where it is shown. */
    static MessageCreateData create(Reply reply, DiscordInline inline) {
        return builder(onDiscord(reply, inline), color(reply.tone()), Optional.empty())
                .build();
    }

    /**
     * A channel post: its card in its kind's colour with the time it was owed, and a content line so that the push
     * notification says what is new. A role the subscription chose is mentioned at the start of the content, and that
     * role is the only mention the message allows ({@code allowed_mentions: {parse: [], roles: [id]}}; docs
     * {@code resources/message.mdx}, "Allowed Mentions Object").
     */
    public static MessageCreateData post(PostMessage post) {
        return post(post, DiscordInline.PLAIN);
    }

    /** The post with commands linked by the ids {@code inline} knows for the server it goes to. */
    static MessageCreateData post(PostMessage post, DiscordInline inline) {
        MessageCreateBuilder message = builder(onDiscord(post.reply(), inline), color(post), Optional.of(post.at()));
        String mention = post.role().map(id -> "<@&" + id + "> ").orElse("");
        if (post.reply().plainText().isEmpty()) {
            message.setContent(DiscordLimits.fit(mention + inline.render(post.content()), Message.MAX_CONTENT_LENGTH));
        }
        return post.role().map(message::mentionRoles).orElse(message).build();
    }

    /** The edit that turns a post into this one, replacing all of it; it mentions no one. */
    public static MessageEditData edit(PostMessage post) {
        return edit(post, DiscordInline.PLAIN);
    }

    static MessageEditData edit(PostMessage post, DiscordInline inline) {
        return MessageEditData.fromCreateData(post(post.mentioning(Optional.empty()), inline));
    }

    /**
     * The reply with its marks shown as Discord shows them: in its text, field values and copyable text as links,
     * mentions and timestamps; in its title, field names and footer, where Discord shows text as it is, plainly.
     */
    static Reply onDiscord(Reply reply, DiscordInline inline) {
        Reply.Builder shown = Reply.builder(reply.tone())
                .title(Inline.plain(reply.title()))
                .text(inline.render(reply.text()))
                .caveat(Inline.plain(reply.caveat()))
                .plainText(inline.render(reply.plainText()))
                .ephemeral(reply.ephemeral());
        reply.fields().forEach(f -> shown.field(Inline.plain(f.name()), inline.render(f.value()), f.inline()));
        reply.sources().forEach(shown::source);
        reply.attachments().forEach(shown::attachment);
        reply.actions().forEach(a -> shown.action(a.id(), a.label()));
        reply.menus().forEach(shown::menu);
        return shown.shows(reply.shown())
                .preface(inline.render(reply.preface()))
                .build();
    }

    private static MessageCreateBuilder builder(Reply reply, Color color, Optional<Instant> timestamp) {
        MessageCreateBuilder message = new MessageCreateBuilder()
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .mentionRepliedUser(false);
        if (!reply.plainText().isEmpty()) {
            // Text to copy is the message's content alone, so that Copy Text copies only it; what goes with it (its
            // source, who posted it) is in a small embed.
            // A preface (how a question in words was read) stays above it, on a line of its own.
            String preface = reply.preface().isEmpty() ? "" : reply.preface() + "\n";
            message.setContent(DiscordLimits.fit(preface + reply.plainText(), Message.MAX_CONTENT_LENGTH));
            Reply rest = reply.toBuilder().plainText("").build();
            if (!rest.sources().isEmpty()
                    || !rest.fields().isEmpty()
                    || !rest.text().isEmpty()) {
                message.setEmbeds(embed(rest, color, timestamp));
            }
        } else {
            message.setEmbeds(embed(reply, color, timestamp));
            if (!reply.preface().isEmpty()) {
                message.setContent(DiscordLimits.fit(reply.preface(), Message.MAX_CONTENT_LENGTH));
            }
        }
        message.setFiles(files(reply));
        message.setComponents(rows(reply));
        return message;
    }

    /** The edit that turns a message into this reply, replacing all of it. */
    public static MessageEditData edit(Reply reply) {
        return edit(reply, DiscordInline.PLAIN);
    }

    static MessageEditData edit(Reply reply, DiscordInline inline) {
        return MessageEditData.fromCreateData(create(reply, inline));
    }

    static MessageEmbed embed(Reply reply) {
        return embed(reply, color(reply.tone()), Optional.empty());
    }

    private static MessageEmbed embed(Reply reply, Color color, Optional<Instant> timestamp) {
        EmbedBuilder embed = new EmbedBuilder().setColor(color);
        timestamp.ifPresent(embed::setTimestamp);
        int budget = MessageEmbed.EMBED_MAX_LENGTH_BOT;
        if (!reply.title().isEmpty()) {
            String title = DiscordLimits.fit(reply.title(), MessageEmbed.TITLE_MAX_LENGTH);
            // The title links to the primary source, as a tap on a phone opens it.
            embed.setTitle(
                    title,
                    reply.sources().stream()
                            .map(ReplyMessages::url)
                            .findFirst()
                            .flatMap(u -> u)
                            .orElse(null));
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

    /** The sources as the embed shows them: as many as fit a field, then "… and N more". */
    private static String sources(Reply reply) {
        return DiscordLimits.fit(allSources(reply), MessageEmbed.VALUE_MAX_LENGTH);
    }

    private static String allSources(Reply reply) {
        return reply.sources().stream().map(ReplyMessages::link).collect(Collectors.joining("\n"));
    }

    /** The URL a source line ends with, if it is one Discord accepts as a link. */
    static Optional<String> url(String source) {
        int split = source.lastIndexOf(": http");
        String url = split < 0 ? "" : source.substring(split + 2);
        return url.length() > MessageEmbed.URL_MAX_LENGTH
                        || !EmbedBuilder.URL_PATTERN.matcher(url).matches()
                ? Optional.empty()
                : Optional.of(url);
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
     * action without them could not be pressed anyway; leaving it out keeps the rest of the reply. "All sources" is
     * offered only where the sources are shown cut, and a link button to the primary source, last, opens it with a
     * tap that a small title link makes hard on a phone (a link button has a {@code url} and style 5, and no
     * {@code custom_id}; docs {@code components/reference.mdx}, "Button").
     */
    private static List<ActionRow> rows(Reply reply) {
        Set<String> ids = new HashSet<>();
        boolean sourcesCut = !sources(reply).equals(allSources(reply));
        Optional<Button> source = reply.sources().stream()
                .map(ReplyMessages::url)
                .flatMap(Optional::stream)
                .findFirst()
                .map(url -> Button.link(url, "Source"));
        List<Button> buttons = new ArrayList<>(reply.actions().stream()
                .filter(a -> !a.id().isEmpty() && a.id().length() <= Button.ID_MAX_LENGTH)
                .filter(a -> !a.label().isBlank())
                .filter(a -> sourcesCut || !a.listsSources())
                .filter(a -> ids.add(a.id()))
                .map(a -> Button.secondary(a.id(), DiscordLimits.fit(a.label(), Button.LABEL_MAX_LENGTH)))
                .toList());
        source.ifPresent(buttons::add);
        List<ActionRow> rows = new ArrayList<>();
        for (Reply.Menu menu : reply.menus()) {
            if (rows.size() < Message.MAX_COMPONENT_COUNT && ids.add(menu.id())) {
                rows.add(ActionRow.of(menu(menu)));
            }
        }
        int room = (Message.MAX_COMPONENT_COUNT - rows.size()) * BUTTONS_PER_ROW;
        if (buttons.size() > room && source.isPresent()) {
            // The link to the source stays; the buttons that do not fit before it are left out.
            buttons = new ArrayList<>(buttons.subList(0, room - 1));
            buttons.add(source.get());
        }
        for (int i = 0; i < buttons.size() && rows.size() < Message.MAX_COMPONENT_COUNT; i += BUTTONS_PER_ROW) {
            rows.add(ActionRow.of(buttons.subList(i, Math.min(buttons.size(), i + BUTTONS_PER_ROW))));
        }
        return rows;
    }

    /** A menu as a string select: its limits are Discord's own, which {@link Reply.Menu} already keeps to. */
    private static StringSelectMenu menu(Reply.Menu menu) {
        return StringSelectMenu.create(menu.id())
                .setPlaceholder(menu.placeholder())
                .addOptions(menu.options().stream()
                        .map(o -> o.description().isEmpty()
                                ? SelectOption.of(o.label(), o.value())
                                : SelectOption.of(o.label(), o.value()).withDescription(o.description()))
                        .toList())
                .build();
    }

    /** A post's colour is its kind's: an edited post turns the correction's colour. */
    static Color color(PostMessage post) {
        return switch (post.kind()) {
            case RELEASE, SUMMARY -> RELEASE;
            case CORRECTION, EDIT -> CORRECTION;
            case DIGEST -> DIGEST;
            case ALERT -> ALERT;
            case REVIEW, CORRECTION_NOTICE, OVERDUE -> NOTICE;
        };
    }

    private static Color color(Reply.Tone tone) {
        return switch (tone) {
            case ANSWER -> ANSWER;
            case QUESTION -> QUESTION;
            case WARNING -> WARNING;
            case ERROR -> ERROR;
        };
    }
}
