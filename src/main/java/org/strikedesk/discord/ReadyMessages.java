package org.strikedesk.discord;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.strikedesk.replies.Reply;

/**
 * Discord messages made from answers kept between imports ({@code KeptAnswers}), so that an answer given again is
 * not made into a message again: found by the very answer kept (not an equal one) and the very way commands are
 * shown where it goes ({@link CommandIds#in}), both of which are replaced, not changed, when the figures or the
 * command ids change. A message's files can be sent more than once: JDA keeps the body it read from them
 * ({@code FileUpload#getRequestBody}).
 */
final class ReadyMessages {
    private static final int CAPACITY = 256;

    /** An answer and where it is shown, each compared by identity. */
    private record Made(Reply reply, DiscordInline inline) {
        @Override
        @SuppressWarnings("ReferenceEquality") // the very answer kept: an equal one made afresh is another answer
        public boolean equals(Object other) {
            return other instanceof Made made && made.reply == reply && made.inline == inline;
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(reply) + System.identityHashCode(inline);
        }
    }

    private final Map<Made, MessageCreateData> made = new LinkedHashMap<>(CAPACITY * 2, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Made, MessageCreateData> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The message made from this answer for where it goes, made with {@code make} the first time. */
    MessageCreateData of(Reply reply, DiscordInline inline, Supplier<MessageCreateData> make) {
        Made key = new Made(reply, inline);
        synchronized (made) {
            MessageCreateData held = made.get(key);
            if (held != null) {
                return held;
            }
        }
        MessageCreateData message = make.get();
        synchronized (made) {
            made.put(key, message);
        }
        return message;
    }
}
