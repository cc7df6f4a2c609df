package org.strikedesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.CommandSpec;
import org.strikedesk.commands.Invoker;
import org.strikedesk.discord.sim.Interaction;
import org.strikedesk.discord.sim.SimDefaults;
import org.strikedesk.discord.sim.SimulatedDiscord;
import org.strikedesk.replies.Inline;
import org.strikedesk.replies.Reply;

/** The bot over the wire: a real JDA, the Discord simulator, and the JSON that would go to Discord. */
class BotInteractionsTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final SimulatedDiscord<BotOnSimulator> discord = BotOnSimulator.forClass();

    private static JsonNode answer(String command, Map<String, ?> options) {
        return discord.sim().slash(command, options).awaitFinalMessage(WAIT);
    }

    @DisplayName("The bot logs in and registers exactly the commands it defines, as it defines them")
    @Test
    void registration() throws Exception {
        JsonNode registered = waitForCommands();
        List<String> names = new ArrayList<>();
        registered.forEach(command -> names.add(command.get("name").asText()));

        assertThat(names)
                .containsExactlyInAnyOrderElementsOf(discord.bot().app().commands().specs().stream()
                        .map(CommandSpec::name)
                        .toList());
        for (JsonNode command : registered) {
            CommandSpec spec = discord.bot()
                    .app()
                    .commands()
                    .spec(command.get("name").asText())
                    .orElseThrow();
            JsonNode expected = JSON.readTree(SlashCommands.of(spec).toData().toString());
            assertThat(command.get("description")).isEqualTo(expected.get("description"));
            assertThat(command.get("options")).isEqualTo(expected.get("options"));
            assertThat(command.get("default_member_permissions")).isEqualTo(expected.get("default_member_permissions"));
        }
    }

    private static JsonNode waitForCommands() throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (discord.sim().registeredCommands().size() == 0 && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
        return discord.sim().registeredCommands();
    }

    @DisplayName("The invite link asks for the bot and applications.commands scopes and only the permissions needed:"
            + " View Channel, Send Messages, Embed Links, Attach Files, Read Message History")
    @Test
    void inviteLink() {
        assertThat(DiscordBot.inviteUrl(discord.bot().jda()))
                .isEqualTo("https://discord.com/oauth2/authorize?client_id=" + SimDefaults.BOT_ID
                        + "&scope=bot+applications.commands&permissions=" + (1024 + 2048 + 16384 + 32768 + 65536))
                .endsWith("=117760");
    }

    @DisplayName("/cancellations trust:ENHT is answered with the April 2023 figures, the source and the caveat")
    @Test
    void cancellations() {
        JsonNode embed =
                answer("cancellations", Map.of("trust", "ENHT")).get("embeds").get(0);

        assertThat(embed.get("title").asText())
                .isEqualTo("East and North Hertfordshire NHS Trust: junior doctors' strike, 11\u201314 April 2023");
        assertThat(embed.get("description").asText()).startsWith("**2,247** rescheduled");
        assertThat(embed.toString())
                .contains(
                        "Inpatient and day case **170**",
                        "Outpatient **2,077**",
                        "Staff absent **141\u2013160 a day**",
                        "1.1% of England's 196,225",
                        "[The Comet, reporting NHS England data](https://martini.thecomet.net/");
        assertThat(embed.get("footer").get("text").asText()).contains("rescheduled");
    }

    @DisplayName("Every spine command gives on Discord exactly what the console gives, for ENHT and for England")
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "cancellations trust=ENHT",
                "cancellations trust=england",
                "cancellations trust=ENHT strike=all",
                "national",
                "national strike=all",
                "national strike=april 2023",
                "quote trust=ENHT",
                "quote trust=england strike=2023-04-junior-doctors",
                "strikes",
                "strikes group=nurses",
                "trust trust=ENHT",
                "trust trust=england",
                "help"
            })
    void sameAsConsole(String line) {
        String[] parts = line.split(" ", 2);
        Map<String, String> options = options(parts.length > 1 ? parts[1] : "");
        Reply console = discord.bot().app().commands().handle(CommandRequest.of(parts[0], options, Invoker.CONSOLE));

        JsonNode message = answer(parts[0], options);

        if (!console.plainText().isEmpty()) {
            assertThat(message.get("content").asText()).startsWith(console.plainText());
            return;
        }
        JsonNode embed = message.get("embeds").get(0);
        assertThat(embed.get("title").asText()).isEqualTo(Inline.plain(console.title()));
        if (parts[0].equals("help")) {
            // The links to commands list those the person may use: the console's user may use them all.
            assertThat(embed.path("description").asText())
                    .startsWith(console.text().lines().findFirst().orElseThrow());
        } else {
            assertThat(embed.path("description").asText()).isEqualTo(DiscordInline.render(console.text()));
        }
        for (Reply.Field field : console.fields()) {
            if (!field.name().contains("(admin)") && !field.name().contains("(editors)")) {
                assertThat(embed.get("fields").toString())
                        .contains(JSON.valueToTree(field.value()).toString());
            }
        }
    }

    private static Map<String, String> options(String text) {
        Map<String, String> options = new java.util.HashMap<>();
        for (String pair : text.split(" (?=\\w+=)", -1)) {
            if (!pair.isBlank()) {
                options.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        }
        return options;
    }

    @DisplayName("Autocomplete offers at most 25 trusts, best first, for empty, odd and very long input")
    @Test
    void trustAutocomplete() {
        List<String> lister = values(discord.sim().autocomplete("cancellations", "trust", "lister", Map.of()));
        assertThat(lister.get(0)).isEqualTo("RWH");

        JsonNode empty = discord.sim()
                .autocomplete("cancellations", "trust", "", Map.of())
                .awaitChoices(WAIT);
        assertThat(empty.size()).isBetween(2, 25);
        assertThat(empty.get(0).get("value").asText()).isEqualTo("ENG");

        assertThat(values(discord.sim().autocomplete("cancellations", "trust", "hospital", Map.of())))
                .hasSize(25);
        assertThat(values(discord.sim().autocomplete("cancellations", "trust", "@everyone \u0000 <script>", Map.of())))
                .isEmpty();
        assertThat(values(discord.sim().autocomplete("cancellations", "trust", "x".repeat(6000), Map.of())))
                .isEmpty();
    }

    @DisplayName("Autocomplete for strikes lists the newest first, the chosen trust's strikes with figures before them,"
            + " and finds them by words")
    @Test
    void strikeAutocomplete() {
        // Discord sends the options already filled in with the one being typed, which alone has focused: true
        // (docs interactions/application-commands.mdx, "Autocomplete"; the interaction is type 4,
        // APPLICATION_COMMAND_AUTOCOMPLETE, receiving-and-responding.mdx); JDA hands them to the listener as the
        // event's options.
        List<String> none = values(discord.sim().autocomplete("cancellations", "strike", "", Map.of()));
        assertThat(none).startsWith("latest", "all", "2025-11-resident-doctors").hasSizeLessThanOrEqualTo(25);

        // East and North Hertfordshire has figures for the April 2023 junior doctors' strike alone, in the shipped
        // data.
        List<String> enht = values(discord.sim().autocomplete("cancellations", "strike", "", Map.of("trust", "ENHT")));
        assertThat(enht)
                .startsWith("latest", "all", "2023-04-junior-doctors", "2025-11-resident-doctors")
                .hasSizeLessThanOrEqualTo(25)
                .doesNotHaveDuplicates();

        // Guy's and St Thomas' and Cambridge University Hospitals both have figures for December 2022 alone.
        assertThat(values(discord.sim()
                        .autocomplete("compare", "strike", "", Map.of("trust", "RJ1", "other", "addenbrookes"))))
                .startsWith("latest", "2022-12-rcn", "2025-11-resident-doctors")
                .doesNotContain("all");

        assertThat(values(discord.sim().autocomplete("national", "strike", "april 2023", Map.of())))
                .contains("2023-04-junior-doctors");
        assertThat(values(discord.sim().autocomplete("national", "strike", "\u00e9\u00e9\u00e9".repeat(40), Map.of())))
                .isEmpty();
    }

    @DisplayName("/export offers every strike for the tidy format, and no 'all' once format:table is chosen")
    @Test
    void exportStrikeAutocomplete() {
        assertThat(values(discord.sim().autocomplete("export", "strike", "", Map.of())))
                .startsWith("latest", "all");
        assertThat(values(discord.sim().autocomplete("export", "strike", "", Map.of("format", "table"))))
                .startsWith("latest", "2025-11-resident-doctors")
                .doesNotContain("all");
    }

    private static List<String> values(Interaction interaction) {
        List<String> values = new ArrayList<>();
        interaction.awaitChoices(WAIT).forEach(choice -> {
            assertThat(choice.get("name").asText().length()).isBetween(1, 100);
            values.add(choice.get("value").asText());
        });
        return values;
    }

    @DisplayName("An option holding @everyone or a role mention is shown without pinging anyone")
    @Test
    void noPings() {
        Interaction interaction =
                discord.sim().slash("cancellations", Map.of("trust", "@everyone <@&1300000000000000210> @here"));
        JsonNode message = interaction.awaitFinalMessage(WAIT);

        assertThat(message.toString()).contains("@everyone", "<@&1300000000000000210>");
        JsonNode sent = interaction.callbacks().get(0).get("data");
        assertThat(sent.get("allowed_mentions").get("parse")).isEmpty();
        assertThat(sent.get("allowed_mentions").has("roles")).isFalse();
    }

    @DisplayName("An admin command from a member without Manage Server is refused on the server side")
    @Test
    void adminRefused() {
        JsonNode message = discord.sim()
                .slash(
                        "subscribe",
                        Map.of("channel", SimDefaults.NEWS_CHANNEL_ID),
                        SimDefaults.REPORTER,
                        SimDefaults.DESK_CHANNEL_ID)
                .awaitFinalMessage(WAIT);

        assertThat(message.get("embeds").get(0).get("title").asText()).isEqualTo("Not allowed");
        assertThat(message.get("flags").asInt() & 64)
                .as("only the member sees it")
                .isEqualTo(64);
        assertThat(discord.bot().app().posts().subscriptions().all()).isEmpty();
    }

    @DisplayName("A slow store still gets the interaction acknowledged within 3 seconds: deferred, then edited")
    @Test
    void slowStore() throws Exception {
        JsonNode ack;
        Interaction interaction;
        try (BusyStore busy = BusyStore.hold(discord.bot().app().database())) {
            // /status reads the store every time; figure replies may be answered from what is kept in memory.
            interaction = discord.sim().slash("status", Map.of());
            ack = interaction.awaitAcknowledgement(WAIT);
            busy.release();
        }
        JsonNode message = interaction.awaitFinalMessage(WAIT);

        assertThat(ack.get("type").asInt()).as("deferred").isEqualTo(5);
        assertThat(interaction.acknowledgedWithin().orElseThrow()).isLessThan(Duration.ofSeconds(3));
        assertThat(message.get("embeds").get(0).get("description").asText()).endsWith("figures held.");
    }

    @DisplayName("A 429 on the interaction callback is waited out and retried, and the answer arrives")
    @Test
    void rateLimitedCallback() {
        discord.sim().faults().rateLimit("POST", "/callback$", 1, 1);

        JsonNode message = answer("national", Map.of());

        assertThat(message.get("embeds").get(0).get("description").asText()).startsWith("**54,095**");
        long attempts = discord.sim().requests().stream()
                .filter(r -> r.path().endsWith("/callback") && r.status() == 429)
                .count();
        assertThat(attempts).isGreaterThanOrEqualTo(1);
    }

    @DisplayName("After the gateway connection drops, the bot resumes and answers the next interaction")
    @Test
    void resumes() {
        discord.sim().faults().dropGateway();
        discord.sim().awaitEvents("RESUMED", 1, WAIT);

        assertThat(answer("national", Map.of("strike", "2023-04-junior-doctors"))
                        .get("embeds")
                        .get(0)
                        .get("description")
                        .asText())
                .startsWith("**196,225**");
    }
}
