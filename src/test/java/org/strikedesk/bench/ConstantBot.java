package org.strikedesk.bench;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.strikedesk.config.DiscordConfig;
import org.strikedesk.discord.DiscordBot;
import org.strikedesk.discord.sim.DiscordSimulator;

/**
 * The floor for end-to-end timings: the same JDA, built by the bot's own builder and given the same timing probes,
 * answering each command with a constant reply and each autocomplete with constant choices, on the thread that
 * received the event. The constants are StrikeDesk's own answers, made once before
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
            List<Command.Choice> choices,
            Consumer<DefaultShardManagerBuilder> probes)
            throws InterruptedException {
        this.replies = Map.copyOf(replies);
        this.choices = List.copyOf(choices);
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        MessageRequest.setDefaultMentionRepliedUser(false);
        DiscordConfig config =
                new DiscordConfig(List.of(), URI.create(sim.restBaseUrl()), URI.create(sim.gatewayUrl()));
        DefaultShardManagerBuilder builder = DiscordBot.builder(config, sim.token());
        probes.accept(builder);
        // One shard, built as the manager starts (DefaultShardManager#login), as the bot's is on a small server.
        jda = builder.addEventListeners(this).build().getShardById(0).awaitReady();
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
        jda.getShardManager().shutdown();
    }
}
