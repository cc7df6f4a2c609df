package org.strikedesk.discord;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.jspecify.annotations.Nullable;
import org.strikedesk.commands.Choice;
import org.strikedesk.replies.Reply;

/**
 * What JDA sends, made from answers and autocomplete choices kept between imports ({@code KeptAnswers}), so that an
 * answer given again is not made into a message again: found by the very answer kept (not an equal one) and, for a
 * message, the very way commands are shown where it goes ({@link CommandIds#in}); both are replaced, not changed,
 * when the figures or the command ids change. A message's files can be sent more than once: JDA keeps the body it
 * read from them ({@code FileUpload#getRequestBody}).
 */
final class ReadyMessages {
    private static final int CAPACITY = 256;

    /** What something was made from, compared by identity. */
    private record Made(Object from, @Nullable Object where) {
        @Override
        @SuppressWarnings("ReferenceEquality") // the very answer kept: an equal one made afresh is another answer
        public boolean equals(Object other) {
            return other instanceof Made made && made.from == from && made.where == where;
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(from) + System.identityHashCode(where);
        }
    }

    private final Map<Made, MessageCreateData> messages = lru();
    private final Map<Made, List<Command.Choice>> choices = lru();

    /** The message made from this answer for where it goes, made with {@code make} the first time. */
    MessageCreateData of(Reply reply, DiscordInline inline, Supplier<MessageCreateData> make) {
        return get(messages, new Made(reply, inline), make);
    }

    /** JDA's choices made from these choices kept, made with {@code make} the first time. */
    List<Command.Choice> choices(List<Choice> kept, Supplier<List<Command.Choice>> make) {
        return get(choices, new Made(kept, null), make);
    }

    private static <V> V get(Map<Made, V> made, Made key, Supplier<V> make) {
        synchronized (made) {
            V held = made.get(key);
            if (held != null) {
                return held;
            }
        }
        V value = make.get();
        synchronized (made) {
            made.put(key, value);
        }
        return value;
    }

    private static <V> Map<Made, V> lru() {
        return new LinkedHashMap<>(CAPACITY * 2, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Made, V> eldest) {
                return size() > CAPACITY;
            }
        };
    }
}
