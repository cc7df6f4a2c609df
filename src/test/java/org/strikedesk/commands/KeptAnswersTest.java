package org.strikedesk.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.strikedesk.figures.Figure;
import org.strikedesk.figures.Metric;
import org.strikedesk.replies.Reply;

/**
 * Answers kept ready-made between changes to the figures, on synthetic commands that count how often they answer and
 * say which time they are answering, so that a kept answer shows as an answer given again.
 */
class KeptAnswersTest {
    private static final Invoker FIRST = new Invoker("11", "first reporter", false, "1", "3");
    private static final Invoker SECOND = new Invoker("12", "second reporter", false, "1", "4");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    private final AtomicLong generation = new AtomicLong(1);
    private final AtomicReference<LocalDate> today = new AtomicReference<>(MONDAY);
    private final List<String> recorded = new ArrayList<>();
    private final Counting kept = new Counting("kept", true);
    private final Counting fresh = new Counting("fresh", false);
    private final CommandRegistry registry = new CommandRegistry(
            List.of(kept, fresh),
            null,
            Editors.MANAGERS,
            (invoker, asked, reply) -> recorded.add(invoker.displayName() + " " + asked),
            TrustReadings.NONE,
            new KeptAnswers(generation::get, today::get, 1L << 20));

    @DisplayName("The same request is answered once and given again to whoever asks, each use recorded")
    @Test
    void keptForEveryone() {
        Reply first = registry.handle(request(FIRST, "ENHT"));
        Reply again = registry.handle(request(SECOND, "ENHT"));

        assertThat(first.text()).isEqualTo("answer 1 for ENHT");
        assertThat(again).isSameAs(first);
        assertThat(kept.answered.get()).isEqualTo(1);
        assertThat(recorded).containsExactly("first reporter /kept trust:ENHT", "second reporter /kept trust:ENHT");
    }

    @DisplayName("Other options, another generation of the figures or another day make the answer again")
    @Test
    void madeAgain() {
        registry.handle(request(FIRST, "ENHT"));

        assertThat(registry.handle(request(FIRST, "RJ1")).text()).isEqualTo("answer 2 for RJ1");
        assertThat(registry.handle(request(FIRST, "ENHT")).text()).isEqualTo("answer 1 for ENHT");

        generation.incrementAndGet();
        assertThat(registry.handle(request(FIRST, "ENHT")).text()).isEqualTo("answer 3 for ENHT");

        today.set(MONDAY.plusDays(1));
        assertThat(registry.handle(request(FIRST, "ENHT")).text()).isEqualTo("answer 4 for ENHT");
        assertThat(registry.handle(request(SECOND, "ENHT")).text()).isEqualTo("answer 4 for ENHT");
    }

    @DisplayName("answerReady() sends only what is kept, never making an answer, and records it after sending it")
    @Test
    void answerReady() {
        List<String> sent = new ArrayList<>();
        Consumer<Reply> send = reply -> sent.add("sent " + reply.text() + " with " + recorded.size() + " recorded");

        assertThat(registry.answerReady(request(FIRST, "ENHT"), send)).isFalse();
        assertThat(kept.answered.get()).isZero();

        registry.handle(request(FIRST, "ENHT"));

        assertThat(registry.answerReady(request(SECOND, "ENHT"), send)).isTrue();
        assertThat(sent).containsExactly("sent answer 1 for ENHT with 1 recorded");
        assertThat(kept.answered.get()).isEqualTo(1);
        assertThat(recorded).containsExactly("first reporter /kept trust:ENHT", "second reporter /kept trust:ENHT");
    }

    @DisplayName("A command that does not say its answers keep is answered afresh each time")
    @Test
    void notKept() {
        CommandRequest request = new CommandRequest("fresh", Map.of("trust", "ENHT"), FIRST, Map.of());

        registry.handle(request);
        registry.handle(request);

        assertThat(fresh.answered.get()).isEqualTo(2);
        assertThat(registry.answerReady(request, reply -> {})).isFalse();
    }

    @DisplayName("A fault's answer is not kept: the next person gets a fresh try, and a reference of their own")
    @Test
    void faultsNotKept() {
        kept.failNext.set(true);

        Reply fault = registry.handle(request(FIRST, "ENHT"));
        Reply next = registry.handle(request(SECOND, "ENHT"));

        assertThat(fault.title()).isEqualTo("Something went wrong");
        assertThat(next.text()).isEqualTo("answer 1 for ENHT");
    }

    @DisplayName("An answer made while the figures changed is not kept under the new generation")
    @Test
    void madeDuringChange() {
        kept.during.set(generation::incrementAndGet);

        Reply duringImport = registry.handle(request(FIRST, "ENHT"));
        Reply after = registry.handle(request(SECOND, "ENHT"));

        assertThat(duringImport.text()).isEqualTo("answer 1 for ENHT");
        assertThat(after.text()).isEqualTo("answer 2 for ENHT");
    }

    @DisplayName("A command for admins, editors or files cannot have its answers kept for everyone")
    @Test
    void onlyForEveryone() {
        SlashCommand adminOnly = new Counting("admin", true) {
            @Override
            public CommandSpec spec() {
                return CommandSpec.of("admin", "Synthetic admin command").forAdmins();
            }
        };

        assertThatThrownBy(() -> new CommandRegistry(
                        List.of(adminOnly),
                        null,
                        Editors.MANAGERS,
                        FigureUse.NONE,
                        TrustReadings.NONE,
                        new KeptAnswers(generation::get, today::get, 1L << 20)))
                .hasMessageContaining("/admin answers depending on who asks or on a file");
    }

    private static CommandRequest request(Invoker invoker, String trust) {
        return new CommandRequest("kept", Map.of("trust", trust), invoker, Map.of());
    }

    /** A synthetic command: its answer says how many times it has answered, and shows one synthetic figure. */
    private static class Counting implements SlashCommand {
        final AtomicInteger answered = new AtomicInteger();
        final AtomicReference<Boolean> failNext = new AtomicReference<>(false);
        final AtomicReference<Runnable> during = new AtomicReference<>(() -> {});
        private final String name;
        private final boolean keeps;

        Counting(String name, boolean keeps) {
            this.name = name;
            this.keeps = keeps;
        }

        @Override
        public CommandSpec spec() {
            return CommandSpec.of(
                    name, "Synthetic command", OptionSpec.of("trust", "Synthetic option", OptionType.STRING, true));
        }

        @Override
        public boolean sameUntilFiguresChange() {
            return keeps;
        }

        @Override
        public Reply handle(CommandRequest request) {
            if (failNext.getAndSet(false)) {
                throw new IllegalStateException("synthetic fault");
            }
            during.getAndSet(() -> {}).run();
            return Reply.builder(Reply.Tone.ANSWER)
                    .title("Synthetic")
                    .text("answer " + answered.incrementAndGet() + " for "
                            + request.option("trust").orElseThrow())
                    .shows(List.of(new Figure(
                            "synthetic-strike",
                            request.option("trust").orElseThrow(),
                            null,
                            Metric.ACUTE_RESCHEDULED,
                            1,
                            "https://example.org/synthetic",
                            null)))
                    .build();
        }
    }
}
