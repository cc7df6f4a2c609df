package org.strikedesk.commands;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.strikedesk.figures.KeptUntilChange;
import org.strikedesk.replies.Reply;

/**
 * Answers and autocomplete choices kept ready-made between changes to the figures. Most of what a newsroom asks, it
 * asks again the same way ({@code /cancellations trust:ENHT} from every reporter on the story), and until an import
 * or a new day (which can make a strike's figures overdue) the answer is the same: it is made once, kept, and given
 * again without reading the store. What is kept is found by everything the answer is made from: the command, the
 * options as typed, the largest file the answer may carry, and the day in London; and it is kept only at the
 * generation of the figures it was made at ({@link KeptUntilChange}).
 */
public final class KeptAnswers {
    /** Keeps nothing: every answer is made afresh. */
    public static final KeptAnswers NONE = new KeptAnswers(() -> 0, () -> LocalDate.EPOCH, 0);

    /** What the choices kept may hold together, in bytes, beside what the answers hold. */
    private static final long CHOICE_BUDGET = 1L << 20;

    private final LongSupplier generation;
    private final Supplier<LocalDate> today;
    private final Optional<KeptUntilChange<Asked, Reply>> replies;
    private final Optional<KeptUntilChange<Typed, List<Choice>>> choices;

    /**
     * @param generation the figures' generation, which moves with every change to them (see
     *     {@code FiguresStore#generation})
     * @param today the day in London
     * @param budget what the answers kept may hold together in memory, in bytes (as {@link Reply#approximateBytes}
     *     counts them: an answer with a whole list as CSV weighs many times one with a card); 0 keeps none
     */
    public KeptAnswers(LongSupplier generation, Supplier<LocalDate> today, long budget) {
        if (budget < 0) {
            throw new IllegalArgumentException("cannot keep answers in " + budget + " bytes");
        }
        this.generation = generation;
        this.today = today;
        this.replies =
                budget == 0 ? Optional.empty() : Optional.of(new KeptUntilChange<>(budget, Reply::approximateBytes));
        this.choices =
                budget == 0 ? Optional.empty() : Optional.of(new KeptUntilChange<>(CHOICE_BUDGET, KeptAnswers::bytes));
    }

    /** Roughly what a list of choices holds in memory. */
    private static long bytes(List<Choice> choices) {
        long bytes = 64;
        for (Choice choice : choices) {
            bytes += 64 + 2L * (choice.name().length() + choice.value().length());
        }
        return bytes;
    }

    /** When an answer is made: what it is kept under once made. */
    record Moment(long generation, LocalDate day) {}

    /** A request as far as its answer goes: who asked does not change the answer of a command that is kept. */
    private record Asked(String command, Map<String, String> options, long maxFileBytes, LocalDate day) {}

    private record Typed(String command, String option, String input, Map<String, String> filled, LocalDate day) {}

    /** Now, for an answer about to be made. */
    Moment now() {
        // The generation first: an answer made while the figures change is kept under the older one, never the newer.
        return new Moment(generation.getAsLong(), today.get());
    }

    /** The answer kept for this request, if any. */
    Optional<Reply> held(CommandRequest request) {
        if (replies.isEmpty()) {
            return Optional.empty();
        }
        Moment now = now();
        return replies.get().held(asked(request, now), now.generation());
    }

    /** Keeps the answer to a request, made at {@code madeAt}. */
    void keep(CommandRequest request, Moment madeAt, Reply reply) {
        replies.ifPresent(kept -> kept.keep(asked(request, madeAt), madeAt.generation(), reply));
    }

    /** The choices for an option being typed: those kept, or made with {@code make} and kept. */
    List<Choice> choices(
            String command, String option, String input, Map<String, String> filled, Supplier<List<Choice>> make) {
        if (choices.isEmpty()) {
            return make.get();
        }
        Moment now = now();
        return choices.get()
                .get(
                        new Typed(command, option, input == null ? "" : input, Map.copyOf(filled), now.day()),
                        now.generation(),
                        () -> List.copyOf(make.get()));
    }

    private static Asked asked(CommandRequest request, Moment moment) {
        return new Asked(request.command(), request.options(), request.maxFileBytes(), moment.day());
    }
}
