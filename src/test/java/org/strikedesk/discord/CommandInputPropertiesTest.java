package org.strikedesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.strikedesk.NastyText;
import org.strikedesk.ReliabilityRecord;
import org.strikedesk.commands.Choice;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.CommandSpec;
import org.strikedesk.commands.Invoker;
import org.strikedesk.commands.OptionSpec;
import org.strikedesk.commands.OptionType;
import org.strikedesk.discord.sim.DiscordRules;
import org.strikedesk.posts.SubscribeCommand;
import org.strikedesk.replies.Reply;
import org.strikedesk.support.AppOnShippedData;

/**
 * Whatever anyone types into any option of any command, StrikeDesk answers with a reply (never an exception, never
 * its own fault), and that reply, as the Discord adapter sends it, keeps inside Discord's limits and pings no one.
 */
@Tag("slow")
@Label("Bad input to commands and autocomplete")
class CommandInputPropertiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GUILD = "1300000000000000200";
    private static final String CHANNEL = "1300000000000000202";
    private static final Invoker ADMIN = new Invoker("1300000000000000300", "editor", true, GUILD, CHANNEL);
    private static final Invoker MEMBER = new Invoker("1300000000000000301", "reporter", false, GUILD, CHANNEL);
    private static final Invoker DIRECT = new Invoker("1300000000000000301", "reporter", false, "", CHANNEL);
    private static final AtomicInteger tried = new AtomicInteger();

    /** jqwik runs outside JUnit's lifecycle, so the container's hooks open and close StrikeDesk. */
    private static final AppOnShippedData shipped = AppOnShippedData.forClass();

    @BeforeContainer
    static void open() {
        shipped.open();
    }

    @AfterContainer
    static void close() {
        shipped.close();
        ReliabilityRecord.write("bad-input-commands", Map.of("inputsTried", tried.get()));
    }

    @Label("Any text in any option gives a reply that fits Discord's limits and pings no one, for admins and members")
    @Property(tries = 400, seed = "20261128")
    void anyOptions(@ForAll("requests") CommandRequest request) {
        check(request);
    }

    @Label("Every option of every command is given each of the worst inputs, by admins and members in turn")
    @Example
    void worstInputsInEveryOption() {
        List<String> cases = NastyText.edgeCases();
        for (CommandSpec spec : shipped.app().commands().specs()) {
            for (OptionSpec option : spec.options()) {
                for (int i = 0; i < cases.size(); i++) {
                    Invoker invoker = i % 2 == 0 ? ADMIN : MEMBER;
                    check(CommandRequest.of(spec.name(), withRequired(spec, option.name(), cases.get(i)), invoker));
                }
            }
        }
    }

    @Label("A command name nobody registered is answered, not thrown")
    @Property(tries = 100, seed = "20261128")
    void anyCommandName(@ForAll("text") String name) {
        check(CommandRequest.of(name, Map.of(), MEMBER));
    }

    @Label("Autocomplete offers at most 25 choices Discord accepts, for any text in any option, known or not")
    @Property(tries = 300, seed = "20261128")
    void anyAutocomplete(@ForAll("optionPaths") List<String> path, @ForAll("text") String typed) {
        tried.incrementAndGet();
        List<Choice> choices = shipped.app().commands().complete(path.get(0), path.get(1), typed, Map.of());

        assertThat(choices).hasSizeLessThanOrEqualTo(25);
        for (Choice choice : choices) {
            assertThat(choice.name().length()).isBetween(1, 100);
            assertThat(choice.value().length()).isBetween(1, 100);
            // What the listener does with each choice; JDA refuses one Discord would refuse.
            new Command.Choice(choice.name(), choice.value());
            if (!NastyText.hasLoneSurrogate(typed)) {
                assertThat(NastyText.hasLoneSurrogate(choice.name())).isFalse();
            }
        }
    }

    /** Handles the request and renders the reply as the Discord adapter would, checking both. */
    private static void check(CommandRequest request) {
        tried.incrementAndGet();
        Reply reply = shipped.app().commands().handle(request);

        assertThat(reply).isNotNull();
        assertThat(reply.title()).as("a handler failed on %s", request).isNotEqualTo("Something went wrong");
        boolean adminOnly = shipped.app()
                .commands()
                .spec(request.command())
                .map(CommandSpec::adminOnly)
                .orElse(false);
        if (adminOnly && !request.invoker().admin()) {
            assertThat(reply.title()).isEqualTo("Not allowed");
        }
        if (request.command().equals(SubscribeCommand.NAME)) {
            assertThat(shipped.app().posts().subscriptions().all())
                    .as("only real channel ids are kept")
                    .allSatisfy(s -> assertThat(s.channelId()).matches("\\d{17,20}"));
        }
        MessageCreateData message = ReplyMessages.create(reply);
        JsonNode created = wire(message.toData().toString());
        assertThat(DiscordRules.breaches(created)).as("message for %s", request).isEmpty();
        assertNoMentions(created);
        assertNoMentions(wire(ReplyMessages.edit(reply).toData().toString()));
        if (!NastyText.hasLoneSurrogate(request.command())
                && request.options().values().stream().noneMatch(NastyText::hasLoneSurrogate)) {
            assertThat(texts(message)).as("text cut inside a character").noneMatch(NastyText::hasLoneSurrogate);
        }
    }

    /** The message's texts as built, before JSON turns half a character into something else. */
    private static List<String> texts(MessageCreateData message) {
        List<String> texts = new ArrayList<>(List.of(message.getContent()));
        for (MessageEmbed embed : message.getEmbeds()) {
            texts.add(String.valueOf(embed.getTitle()));
            texts.add(String.valueOf(embed.getDescription()));
            texts.add(
                    embed.getFooter() == null
                            ? ""
                            : String.valueOf(embed.getFooter().getText()));
            embed.getFields().forEach(f -> texts.add(f.getName() + "\n" + f.getValue()));
        }
        return texts;
    }

    private static void assertNoMentions(JsonNode message) {
        JsonNode allowed = message.path("allowed_mentions");
        assertThat(allowed.path("parse").isArray()).isTrue();
        assertThat(allowed.path("parse")).isEmpty();
        assertThat(allowed.path("users")).isEmpty();
        assertThat(allowed.path("roles")).isEmpty();
        assertThat(allowed.path("replied_user").isBoolean()).isTrue();
        assertThat(allowed.path("replied_user").asBoolean()).isFalse();
    }

    private static JsonNode wire(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The option set to the text, and the command's other required options set to something sensible. */
    private static Map<String, String> withRequired(CommandSpec spec, String name, String text) {
        Map<String, String> options = new HashMap<>();
        for (OptionSpec option : spec.options()) {
            if (option.required()) {
                options.put(option.name(), sensible(option));
            }
        }
        options.put(name, text);
        return options;
    }

    private static String sensible(OptionSpec option) {
        return switch (option.type()) {
            case CHANNEL -> CHANNEL;
            case INTEGER -> "5";
            default -> "ENHT";
        };
    }

    @Provide
    Arbitrary<String> text() {
        return NastyText.any();
    }

    @Provide
    Arbitrary<CommandRequest> requests() {
        Arbitrary<Invoker> invokers = Arbitraries.of(ADMIN, MEMBER, DIRECT);
        return Arbitraries.of(shipped.app().commands().specs())
                .flatMap(spec -> Combinators.combine(options(spec), invokers)
                        .as((options, invoker) -> CommandRequest.of(spec.name(), options, invoker)));
    }

    /** Each option left out now and then, else given any text (integers also get numbers out of range). */
    private static Arbitrary<Map<String, String>> options(CommandSpec spec) {
        List<Arbitrary<String>> values = new ArrayList<>();
        for (OptionSpec option : spec.options()) {
            Arbitrary<String> value = option.type() == OptionType.INTEGER
                    ? Arbitraries.oneOf(
                            NastyText.any(), Arbitraries.bigIntegers().map(String::valueOf))
                    : NastyText.any();
            values.add(value.injectNull(0.2));
        }
        return Combinators.combine(values).as(texts -> {
            Map<String, String> options = new HashMap<>();
            for (int i = 0; i < texts.size(); i++) {
                if (texts.get(i) != null) {
                    options.put(spec.options().get(i).name(), texts.get(i));
                }
            }
            return options;
        });
    }

    /** A command and option as registered, or names nobody registered. */
    @Provide
    Arbitrary<List<String>> optionPaths() {
        List<List<String>> known = new ArrayList<>();
        for (CommandSpec spec : shipped.app().commands().specs()) {
            spec.options().forEach(o -> known.add(List.of(spec.name(), o.name())));
        }
        return Arbitraries.frequencyOf(
                Tuple.of(9, Arbitraries.of(known)),
                Tuple.of(1, Arbitraries.of("nope", "", "cancellations").list().ofSize(2)));
    }
}
