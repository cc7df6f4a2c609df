package org.strikedesk.discord.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strikedesk.discord.sim.SimBot.edit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.modals.Modal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SimulatorInteractionTest {
    static final Duration WAIT = Duration.ofSeconds(5);

    @RegisterExtension
    static final SimulatedDiscord<SimBot> discord = SimulatedDiscord.forClass(SimBot::connect);

    @BeforeAll
    static void registerCommands() {
        discord.bot()
                .jda
                .updateCommands()
                .addCommands(
                        Commands.slash("status", "Say how things are"),
                        Commands.slash("ask", "Ask about the strikes")
                                .addOption(OptionType.STRING, "question", "What you want to know", true, true),
                        Commands.slash("count", "Echo typed options")
                                .addOption(OptionType.INTEGER, "n", "A number", true)
                                .addOption(OptionType.BOOLEAN, "verbose", "Say more")
                                .addOption(OptionType.CHANNEL, "where", "A channel"),
                        Commands.slash("publish", "Offer a button"),
                        Commands.slash("feedback", "Open a form"),
                        Commands.slash("admin", "Administration")
                                .addSubcommands(new SubcommandData("reload", "Reload the data")
                                        .addOption(OptionType.BOOLEAN, "force", "Even if fresh")))
                .complete();
        discord.bot()
                .jda
                .getGuildById(SimDefaults.GUILD_ID)
                .updateCommands()
                .addCommands(Commands.slash("ingest", "Load a file")
                        .addOption(OptionType.ATTACHMENT, "file", "The file", true))
                .complete();
    }

    @AfterEach
    void noClientErrors() {
        assertThat(discord.bot().errors).isEmpty();
    }

    @Test
    void replyArrivesAsCallbackType4() {
        discord.bot().onSlash("status", e -> e.reply("All quiet").queue());

        Interaction interaction = discord.sim().slash("status", Map.of());

        assertThat(interaction.awaitFinalMessage(WAIT).path("content").asText()).isEqualTo("All quiet");
        JsonNode callback = interaction.callbacks().get(0);
        assertThat(callback.path("type").asInt()).isEqualTo(4);
        assertThat(callback.path("data").path("allowed_mentions").path("parse")).isEmpty();
        assertThat(interaction.acknowledgedWithin().orElseThrow()).isLessThan(Interaction.ACK_DEADLINE);
        assertThat(discord.sim().channelMessages(SimDefaults.DESK_CHANNEL_ID))
                .extracting(m -> m.path("content").asText())
                .contains("All quiet");
    }

    @Test
    void deferThenEditOriginalIsTheFinalMessage() {
        discord.bot().onSlash("ask", e -> {
            e.deferReply(true).queue();
            e.getHook()
                    .editOriginal(edit("Answer: " + e.getOption("question").getAsString()))
                    .queue();
        });

        Interaction interaction = discord.sim().slash("ask", Map.of("question", "Who strikes?"));

        JsonNode message = interaction.awaitFinalMessage(WAIT);
        assertThat(message.path("content").asText()).isEqualTo("Answer: Who strikes?");
        assertThat(message.path("flags").asInt() & 64).isEqualTo(64);
        assertThat(interaction.callbacks())
                .extracting(c -> c.path("type").asInt())
                .containsExactly(5);
        assertThat(discord.sim().requests())
                .anySatisfy(r -> assertThat(r.path()).endsWith(interaction.token() + "/messages/@original"));
    }

    @Test
    void optionsAreTypedAndMemberPermissionsCarried() {
        discord.bot()
                .onSlash(
                        "count",
                        e -> e.reply("n=" + e.getOption("n").getAsLong()
                                        + " verbose=" + e.getOption("verbose").getAsBoolean()
                                        + " where="
                                        + e.getOption("where").getAsChannel().getName()
                                        + " admin=" + e.getMember().hasPermission(Permission.MANAGE_SERVER))
                                .queue());
        DiscordSimulator sim = discord.sim();

        Interaction byEditor = sim.command("count")
                .option("n", 3)
                .option("verbose", true)
                .option("where", SimDefaults.NEWS_CHANNEL_ID)
                .by(SimDefaults.EDITOR)
                .send();
        Interaction byReporter =
                sim.slash("count", Map.of("n", "4", "verbose", false, "where", SimDefaults.DESK_CHANNEL_ID));

        assertThat(byEditor.awaitFinalMessage(WAIT).path("content").asText())
                .isEqualTo("n=3 verbose=true where=news admin=true");
        assertThat(byReporter.awaitFinalMessage(WAIT).path("content").asText())
                .isEqualTo("n=4 verbose=false where=desk admin=false");
        assertThat(byEditor.payload()
                        .path("data")
                        .path("resolved")
                        .path("channels")
                        .has(SimDefaults.NEWS_CHANNEL_ID))
                .isTrue();
    }

    @Test
    void autocompleteChoicesArrive() {
        discord.bot()
                .onAutocomplete(
                        "ask",
                        e -> e.replyChoices(
                                        new Command.Choice(
                                                "Nurses ("
                                                        + e.getFocusedOption().getValue() + ")",
                                                "nurses"),
                                        new Command.Choice("Junior doctors", "doctors"))
                                .queue());

        Interaction interaction = discord.sim().autocomplete("ask", "question", "nur", Map.of());

        JsonNode choices = interaction.awaitChoices(WAIT);
        assertThat(choices).extracting(c -> c.path("name").asText()).containsExactly("Nurses (nur)", "Junior doctors");
    }

    @Test
    void buttonRoundTripEditsTheMessage() {
        discord.bot()
                .onSlash(
                        "publish",
                        e -> e.reply("Ready to publish?")
                                .addComponents(ActionRow.of(Button.primary("confirm", "Publish")))
                                .queue());
        discord.bot()
                .onButton(
                        "confirm",
                        e -> e.editMessage(edit("Published by " + e.getUser().getName()))
                                .setComponents()
                                .queue());
        DiscordSimulator sim = discord.sim();
        JsonNode offer = sim.slash("publish", Map.of()).awaitFinalMessage(WAIT);
        assertThat(offer.path("components")
                        .get(0)
                        .path("components")
                        .get(0)
                        .path("custom_id")
                        .asText())
                .isEqualTo("confirm");

        Interaction click = sim.button("confirm", offer, SimDefaults.EDITOR);

        JsonNode published = click.awaitFinalMessage(WAIT);
        assertThat(published.path("id").asText()).isEqualTo(offer.path("id").asText());
        assertThat(published.path("content").asText()).isEqualTo("Published by editor");
        assertThat(published.path("components")).isEmpty();
        assertThat(click.callbacks()).extracting(c -> c.path("type").asInt()).containsExactly(7);
    }

    @Test
    void attachmentOptionIsDownloadableFromTheSimulator() {
        discord.bot().onSlash("ingest", e -> {
            e.deferReply().queue();
            Message.Attachment file = e.getOption("file").getAsAttachment();
            var unused = file.getProxy()
                    .download()
                    .thenAccept(in -> e.getHook()
                            .editOriginal(edit(file.getFileName() + ": " + read(in)))
                            .queue());
        });
        byte[] csv = "trust,days\nLeeds,3\n".getBytes(StandardCharsets.UTF_8);

        Interaction interaction = discord.sim().slashWithAttachment("ingest", "file", "strikes.csv", csv);

        // JDA strips the trailing newline from message content.
        assertThat(interaction.awaitFinalMessage(WAIT).path("content").asText())
                .isEqualTo("strikes.csv: trust,days\nLeeds,3");
        assertThat(discord.sim().requests())
                .anySatisfy(
                        r -> assertThat(r.path()).startsWith("/attachments/").endsWith("/strikes.csv"));
    }

    @Test
    void subCommandsAreNestedAsDiscordSendsThem() {
        discord.bot()
                .onSlash(
                        "admin",
                        e -> e.reply(e.getSubcommandName() + " force="
                                        + e.getOption("force").getAsBoolean())
                                .queue());

        Interaction interaction = discord.sim()
                .command("admin reload")
                .option("force", true)
                .by(SimDefaults.EDITOR)
                .send();

        assertThat(interaction.awaitFinalMessage(WAIT).path("content").asText()).isEqualTo("reload force=true");
    }

    @Test
    void modalCallbackIsAccepted() {
        discord.bot()
                .onSlash(
                        "feedback",
                        e -> e.replyModal(Modal.create("feedback-form", "Feedback")
                                        .addComponents(
                                                Label.of("Comment", TextInput.of("comment", TextInputStyle.PARAGRAPH)))
                                        .build())
                                .queue());

        Interaction interaction = discord.sim().slash("feedback", Map.of());

        JsonNode callback = interaction.awaitAcknowledgement(WAIT);
        assertThat(callback.path("type").asInt()).isEqualTo(9);
        assertThat(callback.path("data").path("custom_id").asText()).isEqualTo("feedback-form");
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
