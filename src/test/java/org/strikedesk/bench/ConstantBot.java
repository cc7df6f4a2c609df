package org.strikedesk.bench;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.strikedesk.discord.sim.DiscordSimulator;

/**
 * The floor for end-to-end timings: the same JDA, configured as the bot is, answering each command with a constant
 * reply and each autocomplete with constant choices. The constants are StrikeDesk's own answers, made once before
 * timing starts, so the floor sends the same bytes: what is measured above it is StrikeDesk's work, not the size of
 * its messages.
 */
final class ConstantBot extends ListenerAdapter implements AutoCloseable {
    private final JDA jda;
    private final Map<String, MessageCreateData> replies;
    private final List<Command.Choice> choices;

    ConstantBot(
            DiscordSimulator sim,
            List<SlashCommandData> commands,
            Map<String, MessageCreateData> replies,
            List<Command.Choice> choices)
            throws InterruptedException {
        this.replies = Map.copyOf(replies);
        this.choices = List.copyOf(choices);
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        MessageRequest.setDefaultMentionRepliedUser(false);
        String gateway = sim.gatewayUrl();
        jda = JDABuilder.createLight(sim.token(), EnumSet.noneOf(GatewayIntent.class))
                .setRestConfig(new RestConfig().setBaseUrl(sim.restBaseUrl()))
                .setSessionController(new SessionControllerAdapter() {
                    @Override
                    public String getGateway() {
                        return gateway;
                    }
                })
                .setCompression(Compression.NONE)
                .addEventListeners(this)
                .build()
                .awaitReady();
        jda.updateCommands().addCommands(commands).complete();
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        event.reply(replies.get(event.getName())).queue();
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        event.replyChoices(choices).queue();
    }

    @Override
    public void close() {
        jda.shutdownNow();
    }
}
