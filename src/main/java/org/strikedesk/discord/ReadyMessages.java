package org.strikedesk.discord;

import java.util.List;
import java.util.function.Supplier;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.jspecify.annotations.Nullable;
import org.strikedesk.commands.Choice;
import org.strikedesk.figures.KeptUntilChange;
import org.strikedesk.replies.Reply;

/**
 * What JDA sends, made from answers and autocomplete choices kept between imports ({@code KeptAnswers}), so that an
 * answer given again is not made into a message again: found by the very answer kept (not an equal one) and, for a
 * message, the very way commands are shown where it goes ({@link CommandIds#in}); both are replaced, not changed,
 * when the figures or the command ids change, so what was made for them is simply not asked for again, and goes
 * when the least recently used go. A message's files can be sent more than once: JDA keeps the body it read from
 * them ({@code FileUpload#getRequestBody}), a second copy of each file, which the budget counts.
 */
final class ReadyMessages {
    /** What the messages kept may hold together, their files included. */
    private static final long MESSAGE_BUDGET = 4L << 20;

    private static final int CHOICE_LISTS = 512;
    /** Nothing here is emptied by a change of the figures: what was made for an older answer is only left unused. */
    private static final long ALWAYS = 0;

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

    /** A message, and what it holds in memory: the answer's files twice over (JDA's body), and the rest. */
    private record Message(MessageCreateData data, long bytes) {}

    private final KeptUntilChange<Made, Message> messages = new KeptUntilChange<>(MESSAGE_BUDGET, Message::bytes);
    private final KeptUntilChange<Made, List<Command.Choice>> choices = new KeptUntilChange<>(CHOICE_LISTS);

    /** The message made from this answer for where it goes, made with {@code make} the first time. */
    MessageCreateData of(Reply reply, DiscordInline inline, Supplier<MessageCreateData> make) {
        return messages.get(
                        new Made(reply, inline), ALWAYS, () -> new Message(make.get(), 2 * reply.approximateBytes()))
                .data();
    }

    /** JDA's choices made from these choices kept, made with {@code make} the first time. */
    List<Command.Choice> choices(List<Choice> kept, Supplier<List<Command.Choice>> make) {
        return choices.get(new Made(kept, null), ALWAYS, make);
    }
}
