package org.strikedesk.bench;

import java.util.EnumSet;
import java.util.List;
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
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.strikedesk.discord.sim.DiscordSimulator;

/**
 * The floor for end-to-end timings: the same JDA, configured as the bot is, answering every command with a
 * constant reply and every autocomplete with one constant choice. Whatever StrikeDesk adds is measured above it.
 */
final class ConstantBot extends ListenerAdapter implements AutoCloseable {
    private final JDA jda;

    ConstantBot(DiscordSimulator sim, List<SlashCommandData> commands) throws InterruptedException {
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
        event.reply("A constant reply.").queue();
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        event.replyChoices(new Command.Choice("A constant choice", "RWH")).queue();
    }

    @Override
    public void close() {
        jda.shutdownNow();
    }
}
