package org.strikedesk.discord;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.strikedesk.config.QuestionLimit;

/**
 * How fast each person may ask questions in words: a token bucket per person (Bucket4j), holding as many questions
 * as the limit allows at once and filling back at that many per period. A question past the limit is answered once
 * with a request to slow down; the ones after it are not answered at all, until the bucket has a question again.
 */
final class QuestionRate {
    /** People remembered at most; past this, those whose buckets are full again are forgotten. */
    static final int PEOPLE_REMEMBERED = 10_000;

    /** What to do with a question. */
    enum Verdict {
        /** Answer it. */
        ANSWER,
        /** Say once, politely, that the person is asking too fast. */
        SLOW_DOWN,
        /** Say nothing: the person has already been asked to slow down. */
        IGNORE
    }

    private final QuestionLimit limit;
    private final TimeMeter clock;
    private final Map<String, Person> people = new ConcurrentHashMap<>();

    QuestionRate(QuestionLimit limit) {
        this(limit, TimeMeter.SYSTEM_MILLISECONDS);
    }

    /** @param clock the time the buckets fill by (tests pass one they move) */
    QuestionRate(QuestionLimit limit, TimeMeter clock) {
        this.limit = limit;
        this.clock = clock;
    }

    QuestionLimit limit() {
        return limit;
    }

    /** The verdict on one more question from this person. */
    Verdict ask(String userId) {
        if (people.size() >= PEOPLE_REMEMBERED) {
            people.values().removeIf(Person::rested);
        }
        Person person = people.computeIfAbsent(userId, id -> new Person(bucket(), limit.questions()));
        return person.ask();
    }

    private Bucket bucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(limit.questions())
                        .refillGreedy(limit.questions(), limit.per())
                        .build())
                .withCustomTimePrecision(clock)
                .build();
    }

    /** One person's bucket, and whether they have been told to slow down since it last had a question for them. */
    private static final class Person {
        private final Bucket bucket;
        private final int capacity;
        private boolean warned;

        Person(Bucket bucket, int capacity) {
            this.bucket = bucket;
            this.capacity = capacity;
        }

        synchronized Verdict ask() {
            if (bucket.tryConsume(1)) {
                warned = false;
                return Verdict.ANSWER;
            }
            if (warned) {
                return Verdict.IGNORE;
            }
            warned = true;
            return Verdict.SLOW_DOWN;
        }

        /** Full again: forgetting the person changes nothing. */
        boolean rested() {
            return bucket.getAvailableTokens() >= capacity;
        }
    }
}
