package org.strikedesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;
import org.strikedesk.NastyText;
import org.strikedesk.ReliabilityRecord;
import org.strikedesk.discord.sim.DiscordRules;
import org.strikedesk.replies.Reply;

/**
 * Whatever a command puts in a reply (the commands of tomorrow included: long lists, many fields, buttons), the
 * Discord adapter sends a message Discord accepts, pinging no one.
 */
@Tag("slow")
@Label("Replies of any shape on Discord")
class ReplyMessagesPropertiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger tried = new AtomicInteger();

    @AfterContainer
    static void record() {
        ReliabilityRecord.write("bad-input-replies", Map.of("inputsTried", tried.get()));
    }

    @Label("Any reply becomes a message within Discord's limits, with no mention allowed, when sent and when edited")
    @Property(tries = 200, seed = "20261128")
    void anyReply(@ForAll("replies") Reply reply) throws Exception {
        tried.incrementAndGet();

        JsonNode created = JSON.readTree(ReplyMessages.create(reply).toData().toString());
        JsonNode edited = JSON.readTree(ReplyMessages.edit(reply).toData().toString());

        assertThat(DiscordRules.breaches(created)).isEmpty();
        assertThat(DiscordRules.breaches(edited)).isEmpty();
        for (JsonNode message : List.of(created, edited)) {
            assertThat(message.path("allowed_mentions").path("parse")).isEmpty();
            assertThat(message.path("allowed_mentions").path("replied_user").asBoolean(true))
                    .isFalse();
        }
    }

    @Provide
    Arbitrary<Reply> replies() {
        Arbitrary<String> text = NastyText.any();
        Arbitrary<String> shortText =
                Arbitraries.oneOf(NastyText.fragments(), Arbitraries.strings().ofMaxLength(300));
        return Builders.withBuilder(() -> Reply.builder(Reply.Tone.ANSWER))
                .use(Arbitraries.of(Reply.Tone.values()))
                .in((builder, tone) -> builder)
                .use(text)
                .in(Reply.Builder::title)
                .use(text)
                .in(Reply.Builder::text)
                .use(text)
                .in(Reply.Builder::caveat)
                .use(Arbitraries.oneOf(Arbitraries.just(""), text))
                .in(Reply.Builder::plainText)
                .use(Arbitraries.of(true, false))
                .in(Reply.Builder::ephemeral)
                .use(field(shortText, text).list().ofMaxSize(40))
                .in((builder, fields) -> {
                    fields.forEach(f -> builder.field(f.name(), f.value(), f.inline()));
                    return builder;
                })
                .use(text.list().ofMaxSize(12))
                .in((builder, sources) -> {
                    sources.forEach(builder::source);
                    return builder;
                })
                .use(action(shortText).list().ofMaxSize(40))
                .in((builder, actions) -> {
                    actions.forEach(a -> builder.action(a.id(), a.label()));
                    return builder;
                })
                .build(Reply.Builder::build);
    }

    private static Arbitrary<Reply.Field> field(Arbitrary<String> name, Arbitrary<String> value) {
        return net.jqwik.api.Combinators.combine(name, value, Arbitraries.of(true, false))
                .as(Reply.Field::new);
    }

    /** Ids such as a command would build, sometimes empty, repeated or too long; labels of any kind. */
    private static Arbitrary<Reply.Action> action(Arbitrary<String> label) {
        Arbitrary<String> id = Arbitraries.oneOf(
                Arbitraries.of("", " ", "page:2", "page:2", "quote:RWH:latest"),
                Arbitraries.strings()
                        .alpha()
                        .numeric()
                        .withChars(":-")
                        .ofMinLength(1)
                        .ofMaxLength(120));
        return net.jqwik.api.Combinators.combine(id, label).as(Reply.Action::new);
    }
}
