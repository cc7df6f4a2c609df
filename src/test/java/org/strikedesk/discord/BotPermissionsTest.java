package org.strikedesk.discord;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.strikedesk.ReliabilityRecord;
import org.strikedesk.commands.CommandSpec;
import org.strikedesk.commands.OptionSpec;
import org.strikedesk.commands.OptionType;
import org.strikedesk.discord.sim.InteractionBuilder;
import org.strikedesk.discord.sim.Permissions;
import org.strikedesk.discord.sim.SimDefaults;
import org.strikedesk.discord.sim.SimUser;
import org.strikedesk.discord.sim.SimulatedDiscord;
import org.strikedesk.posts.Subscription;

/**
 * Admin commands over the wire. Discord hides them from members without Manage Server, but a server can override
 * that per role or channel, so the simulator delivers them anyway, as Discord would then; the bot must refuse.
 */
class BotPermissionsTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String NEWS = SimDefaults.NEWS_CHANNEL_ID;
    private static final String DESK = SimDefaults.DESK_CHANNEL_ID;
    /** May ping everyone, which is powerful, but may not manage the server. */
    private static final SimUser ANNOUNCER = SimUser.human("1300000000000000302", "announcer");
    /** Holds Manage Server and nothing else of note. */
    private static final SimUser DESK_EDITOR = SimUser.human("1300000000000000303", "desk-editor");

    private static final AtomicInteger refused = new AtomicInteger();

    @RegisterExtension
    static final SimulatedDiscord<BotOnSimulator> discord =
            BotOnSimulator.forClass(b -> b.guild(g -> g.newsroomDefaults()
                    .member(ANNOUNCER, Permissions.MENTION_EVERYONE)
                    .member(DESK_EDITOR, Permissions.MANAGE_GUILD)));

    /** Something an unsubscribe could remove. */
    @BeforeAll
    static void subscribe() {
        discord.bot().app().posts().subscriptions().add(SimDefaults.GUILD_ID, NEWS, "RWH", "editor", DESK);
    }

    @AfterAll
    static void record() {
        ReliabilityRecord.write("permissions-wire", Map.of("refused", refused.get()));
    }

    static Stream<Arguments> adminCommandsByMembers() {
        return discord.bot().app().commands().specs().stream()
                .filter(CommandSpec::adminOnly)
                .flatMap(spec ->
                        Stream.of(SimDefaults.REPORTER, ANNOUNCER).map(user -> Arguments.of(spec.name(), user)));
    }

    @DisplayName(
            "Every admin command sent by a member without Manage Server is refused, to them alone, changing nothing")
    @ParameterizedTest(name = "/{0} by {1}")
    @MethodSource("adminCommandsByMembers")
    void refused(String command, SimUser member) {
        List<Subscription> before = discord.bot().app().posts().subscriptions().all();

        InteractionBuilder interaction = discord.sim()
                .command(command)
                .options(options(command))
                .by(member)
                .in(DESK);
        for (OptionSpec option :
                discord.bot().app().commands().spec(command).orElseThrow().options()) {
            if (option.type() == OptionType.ATTACHMENT) {
                interaction.attachment(option.name(), "synthetic.csv", "strike,org_code\n".getBytes(UTF_8));
            }
        }
        JsonNode message = interaction.send().awaitFinalMessage(WAIT);

        assertThat(message.get("embeds").get(0).get("title").asText()).isEqualTo("Not allowed");
        assertThat(message.get("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
        assertThat(discord.bot().app().posts().subscriptions().all()).isEqualTo(before);
        refused.incrementAndGet();
    }

    @DisplayName("A member with Manage Server, and no more, may subscribe a channel")
    @Test
    void manageServerIsEnough() {
        JsonNode message = discord.sim()
                .command("subscribe")
                .option("channel", NEWS)
                .by(DESK_EDITOR)
                .in(DESK)
                .send()
                .awaitFinalMessage(WAIT);

        assertThat(message.get("embeds").get(0).get("title").asText()).isEqualTo("Subscribed");
        assertThat(discord.bot().app().posts().subscriptions().all())
                .anySatisfy(s -> assertThat(s.orgCode() + " by " + s.createdBy())
                        .isEqualTo("ENG by desk-editor (" + DESK_EDITOR.id() + ")"));
    }

    /** Every option given something the command would act on. */
    private static Map<String, Object> options(String command) {
        Map<String, Object> options = new HashMap<>();
        for (OptionSpec option :
                discord.bot().app().commands().spec(command).orElseThrow().options()) {
            if (option.type() == OptionType.CHANNEL) {
                options.put(option.name(), NEWS);
            } else if (option.name().equals("trust")) {
                options.put(option.name(), "RWH");
            }
        }
        return options;
    }
}
