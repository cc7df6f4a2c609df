package org.strikedesk.replies;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.strikedesk.figures.Figure;

/**
 * What a command answers, independent of where it is shown. Discord shows it as an embed (or as plain content for
 * quotes), the console as text. Every figure reply carries its sources and a caveat.
 *
 * @param tone whether it answers, warns or explains an error
 * @param title a heading, or empty
 * @param text the main text, or empty
 * @param fields labelled values shown under the text
 * @param sources where the figures come from, one line each
 * @param caveat one short line on what the figures mean, or empty
 * @param plainText text meant to be copied as it is (a quote); shown instead of a card where supported
 * @param ephemeral shown only to the person who asked
 * @param attachments files that go with the reply, such as a chart
 * @param actions buttons offered with the reply
 * @param menus lists to pick one from, each choice answered from its id and value alone (the console shows them as
 *     numbered lists)
 * @param shown the stored figures whose values the reply shows, each once: what a later revision of one of them is
 *     checked against (see {@code FigureUse}); not shown as such
 * @param preface one line shown above everything else, or empty: how a question in words was read, as the command
 *     that answers it
 */
public record Reply(
        Tone tone,
        String title,
        String text,
        List<Field> fields,
        List<String> sources,
        String caveat,
        String plainText,
        boolean ephemeral,
        List<Attachment> attachments,
        List<Action> actions,
        List<Menu> menus,
        List<Figure> shown,
        String preface) {

    /** What kind of answer this is. */
    public enum Tone {
        /** What was asked. */
        ANSWER,
        /**
         * A question asked back: what was asked fits more than one thing (two trusts called QEH, several strikes in
         * April), or leaves out what the answer needs; the reply lists what fits, to pick from.
         */
        QUESTION,
        /** An answer with a reservation, or why there is none where that is no one's mistake. */
        WARNING,
        /** Why a request could not be answered: bad input, a refusal, a fault. */
        ERROR;

        /** Whether a reply of this kind answers the request: a question or an error does not. */
        public boolean answers() {
            return this == ANSWER || this == WARNING;
        }
    }

    /** A labelled value; {@code inline} fields may sit side by side. */
    public record Field(String name, String value, boolean inline) {}

    /** A file sent with the reply. Its content is compared by no one, so it may stay an array. */
    @SuppressWarnings("ArrayRecordComponent")
    public record Attachment(String fileName, byte[] content, String description) {}

    /**
     * A button: {@code id} says what to do when it is pressed and carries everything needed to do it, so buttons
     * keep working after a restart.
     */
    public record Action(String id, String label) {
        /** How the id of an "All sources" button starts: it lists every source behind the reply it is on. */
        public static final String ALL_SOURCES = "sources:";

        /**
         * Whether this lists every source behind its reply: needed only where the reply's sources are shown cut,
         * so a platform that shows them all leaves it out.
         */
        public boolean listsSources() {
            return id.startsWith(ALL_SOURCES);
        }
    }

    /**
     * A list to pick one from: {@code id} says what picking does (with the value picked, it carries everything needed
     * to answer), within the limits every platform shown to accepts (Discord's: 1 to 25 options, an id and each value
     * up to 100 characters, labels and descriptions up to 100, the placeholder up to 150).
     */
    public record Menu(String id, String placeholder, List<Option> options) {
        public static final int MAX_OPTIONS = 25;
        public static final int MAX_ID = 100;
        public static final int MAX_PLACEHOLDER = 150;

        public Menu {
            options = List.copyOf(options);
            if (id == null || id.isEmpty() || id.length() > MAX_ID) {
                throw new IllegalArgumentException("a menu id has 1 to " + MAX_ID + " characters: " + id);
            }
            if (placeholder == null || placeholder.length() > MAX_PLACEHOLDER) {
                throw new IllegalArgumentException("a menu placeholder has at most " + MAX_PLACEHOLDER + " characters");
            }
            if (options.isEmpty() || options.size() > MAX_OPTIONS) {
                throw new IllegalArgumentException(
                        "a menu has 1 to " + MAX_OPTIONS + " options, not " + options.size());
            }
            if (options.stream().map(Option::value).distinct().count() != options.size()) {
                throw new IllegalArgumentException("each option of a menu has its own value");
            }
        }
    }

    /** One choice of a menu: what it is called, a line about it (or empty), and the value picking it sends. */
    public record Option(String label, String description, String value) {
        public static final int MAX_LENGTH = 100;

        public Option {
            description = description == null ? "" : description;
            if (label == null || label.isEmpty() || label.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("an option's label has 1 to " + MAX_LENGTH + " characters");
            }
            if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("an option's value has 1 to " + MAX_LENGTH + " characters");
            }
            if (description.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("an option's description has at most " + MAX_LENGTH + " characters");
            }
        }
    }

    /**
     * Roughly how many bytes of memory the reply holds: its files, its text (two bytes a character at most) and a
     * share for each figure, field, button and menu. For caches that must stay within a budget whatever they keep.
     */
    public long approximateBytes() {
        long bytes =
                512L + 2L * (title.length() + text.length() + caveat.length() + plainText.length() + preface.length());
        for (Field field : fields) {
            bytes += 64 + 2L * (field.name().length() + field.value().length());
        }
        for (String source : sources) {
            bytes += 48 + 2L * source.length();
        }
        for (Attachment attachment : attachments) {
            bytes += 64
                    + attachment.content().length
                    + 2L * attachment.description().length();
        }
        bytes += 200L * (actions.size() + shown.size());
        for (Menu menu : menus) {
            bytes += 200 + 400L * menu.options().size();
        }
        return bytes;
    }

    public Reply {
        Objects.requireNonNull(tone, "tone");
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        fields = List.copyOf(fields);
        sources = List.copyOf(sources);
        caveat = caveat == null ? "" : caveat;
        plainText = plainText == null ? "" : plainText;
        attachments = List.copyOf(attachments);
        actions = List.copyOf(actions);
        menus = List.copyOf(menus);
        Map<Figure.Key, Figure> once = new LinkedHashMap<>();
        shown.forEach(figure -> once.putIfAbsent(figure.key(), figure));
        shown = List.copyOf(once.values());
        preface = preface == null ? "" : preface;
    }

    /** A short reply explaining why a request could not be answered, shown only to the person who asked. */
    public static Reply error(String title, String text) {
        return builder(Tone.ERROR).title(title).text(text).ephemeral(true).build();
    }

    /** A question asked back, shown only to the person who asked: "Which trust?", with what fits. */
    public static Reply question(String title, String text) {
        return builder(Tone.QUESTION).title(title).text(text).ephemeral(true).build();
    }

    /** A short answer with no figures. */
    public static Reply info(String title, String text) {
        return builder(Tone.ANSWER).title(title).text(text).build();
    }

    public static Builder builder(Tone tone) {
        return new Builder(tone);
    }

    public Builder toBuilder() {
        Builder builder = new Builder(tone)
                .title(title)
                .text(text)
                .caveat(caveat)
                .plainText(plainText)
                .ephemeral(ephemeral)
                .preface(preface);
        fields.forEach(f -> builder.field(f.name(), f.value(), f.inline()));
        sources.forEach(builder::source);
        attachments.forEach(builder::attachment);
        actions.forEach(a -> builder.action(a.id(), a.label()));
        menus.forEach(builder::menu);
        return builder.shows(shown);
    }

    /** Builds a reply step by step. */
    public static final class Builder {
        private final Tone tone;
        private String title = "";
        private String text = "";
        private final List<Field> fields = new ArrayList<>();
        private final List<String> sources = new ArrayList<>();
        private String caveat = "";
        private String plainText = "";
        private boolean ephemeral;
        private final List<Attachment> attachments = new ArrayList<>();
        private final List<Action> actions = new ArrayList<>();
        private final List<Menu> menus = new ArrayList<>();
        private final List<Figure> shown = new ArrayList<>();
        private String preface = "";

        private Builder(Tone tone) {
            this.tone = tone;
        }

        public Builder title(String value) {
            this.title = value;
            return this;
        }

        public Builder text(String value) {
            this.text = value;
            return this;
        }

        public Builder field(String name, String value, boolean inline) {
            fields.add(new Field(name, value, inline));
            return this;
        }

        public Builder source(String line) {
            sources.add(line);
            return this;
        }

        public Builder caveat(String value) {
            this.caveat = value;
            return this;
        }

        public Builder plainText(String value) {
            this.plainText = value;
            return this;
        }

        public Builder ephemeral(boolean value) {
            this.ephemeral = value;
            return this;
        }

        public Builder attachment(Attachment attachment) {
            attachments.add(attachment);
            return this;
        }

        public Builder action(String id, String label) {
            actions.add(new Action(id, label));
            return this;
        }

        public Builder menu(Menu menu) {
            menus.add(menu);
            return this;
        }

        /** Says that the reply shows these stored figures' values (a total shows every figure it adds up). */
        public Builder shows(Collection<Figure> figures) {
            shown.addAll(figures);
            return this;
        }

        public Builder preface(String value) {
            this.preface = value;
            return this;
        }

        public Reply build() {
            return new Reply(
                    tone,
                    title,
                    text,
                    fields,
                    sources,
                    caveat,
                    plainText,
                    ephemeral,
                    attachments,
                    actions,
                    menus,
                    shown,
                    preface);
        }
    }
}
