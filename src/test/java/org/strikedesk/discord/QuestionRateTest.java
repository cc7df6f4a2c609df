package org.strikedesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strikedesk.config.QuestionLimit;
import org.strikedesk.discord.QuestionRate.Verdict;

/**
 * The token bucket per person, on a clock the test moves. Two questions at once, given back two every two hours: one
 * an hour, worked by hand from Bucket4j's greedy refill, which gives tokens back evenly over the period.
 */
class QuestionRateTest {
    private static final QuestionLimit LIMIT = new QuestionLimit(2, Duration.ofHours(2));

    /** A clock for the buckets that moves only when told. */
    private static final class Clock implements TimeMeter {
        private long nanos;

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }

        void move(Duration by) {
            nanos += by.toNanos();
        }
    }

    private final Clock clock = new Clock();
    private final QuestionRate rate = new QuestionRate(LIMIT, clock);

    private List<Verdict> ask(String user, int times) {
        List<Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            verdicts.add(rate.ask(user));
        }
        return verdicts;
    }

    @DisplayName("A flood gets the questions the bucket holds, one request to slow down, then silence")
    @Test
    void flood() {
        assertThat(ask("1", 6))
                .containsExactly(
                        Verdict.ANSWER,
                        Verdict.ANSWER,
                        Verdict.SLOW_DOWN,
                        Verdict.IGNORE,
                        Verdict.IGNORE,
                        Verdict.IGNORE);
    }

    @DisplayName("Silence lasts until a question is given back; after an answer, the next flood is warned once again")
    @Test
    void givenBack() {
        ask("1", 4);

        clock.move(Duration.ofMinutes(59));
        assertThat(rate.ask("1"))
                .as("59 minutes: not yet a whole question back")
                .isEqualTo(Verdict.IGNORE);
        clock.move(Duration.ofMinutes(1));
        assertThat(ask("1", 3)).containsExactly(Verdict.ANSWER, Verdict.SLOW_DOWN, Verdict.IGNORE);
        clock.move(Duration.ofHours(2));
        assertThat(ask("1", 3)).containsExactly(Verdict.ANSWER, Verdict.ANSWER, Verdict.SLOW_DOWN);
    }

    @DisplayName("The limit in words, for the one request to slow down")
    @ParameterizedTest(name = "{0} per {1}: {2}; again in {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "5   | PT1M   | 5 questions a minute         | 12 seconds",
                "2   | PT2H   | 2 questions every 2 hours    | an hour",
                "1   | PT1H   | 1 question an hour           | an hour",
                "10  | PT90S  | 10 questions every 90 seconds | 9 seconds",
                "100 | PT1S   | 100 questions a second       | a second",
                "3   | PT10M  | 3 questions every 10 minutes | 200 seconds"
            })
    void inWords(int questions, String per, String words, String again) {
        QuestionLimit limit = new QuestionLimit(questions, Duration.parse(per));

        assertThat(limit.inWords()).isEqualTo(words);
        assertThat(limit.oneGivenBackInWords()).isEqualTo(again);
    }

    @DisplayName("Each person has a bucket of their own")
    @Test
    void perPerson() {
        ask("1", 5);

        assertThat(ask("2", 3)).containsExactly(Verdict.ANSWER, Verdict.ANSWER, Verdict.SLOW_DOWN);
        assertThat(rate.ask("1")).isEqualTo(Verdict.IGNORE);
    }
}
