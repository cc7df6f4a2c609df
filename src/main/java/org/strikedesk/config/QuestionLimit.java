package org.strikedesk.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;

/**
 * How many questions one person may ask the bot in words (by mentioning it, or in a direct message), as a token
 * bucket: up to {@code questions} at once, given back at that many each {@code per}. Past that, the person is told
 * once to slow down, then not answered until a question is given back.
 *
 * @param questions how many questions a person may ask at once; 1 to 100
 * @param per how long it takes for that many to be given back; at least one second
 */
public record QuestionLimit(int questions, Duration per) {
    public static final QuestionLimit DEFAULT = new QuestionLimit(5, Duration.ofMinutes(1));

    public QuestionLimit {
        if (questions < 1 || questions > 100) {
            throw new ConfigException("discord.questionLimit.questions must be from 1 to 100, not " + questions);
        }
        Durations.atLeast("discord.questionLimit.per", per, Duration.ofSeconds(1));
    }

    /** In words: "5 questions a minute", "1 question every 2 hours", "10 questions every 90 seconds". */
    public String inWords() {
        return questions + (questions == 1 ? " question " : " questions ") + every(per);
    }

    /** How long one question takes to be given back, in words: "12 seconds", "an hour". */
    public String oneGivenBackInWords() {
        return span(
                per.dividedBy(questions).compareTo(Duration.ofSeconds(1)) < 0
                        ? Duration.ofSeconds(1)
                        : per.dividedBy(questions));
    }

    private static String every(Duration period) {
        String span = span(period);
        return span.startsWith("a ") || span.startsWith("an ") ? span : "every " + span;
    }

    /** A whole number of hours, minutes or seconds, rounded up to seconds. */
    private static String span(Duration period) {
        long seconds = period.toSeconds() + (period.toNanosPart() > 0 ? 1 : 0);
        if (seconds % 3600 == 0) {
            return unit(seconds / 3600, "hour", "an hour");
        }
        if (seconds % 60 == 0) {
            return unit(seconds / 60, "minute", "a minute");
        }
        return unit(seconds, "second", "a second");
    }

    private static String unit(long count, String name, String one) {
        return count == 1 ? one : count + " " + name + "s";
    }

    @JsonCreator
    static QuestionLimit read(@JsonProperty("questions") Integer questions, @JsonProperty("per") String per) {
        return new QuestionLimit(
                questions == null ? DEFAULT.questions() : questions,
                Durations.parse("discord.questionLimit.per", per, DEFAULT.per()));
    }
}
