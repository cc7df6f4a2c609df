package org.strikedesk.discord;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strikedesk.commands.Choice;
import org.strikedesk.commands.CommandRegistry;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.CommandSpec;
import org.strikedesk.commands.Invoker;
import org.strikedesk.commands.Upload;
import org.strikedesk.replies.Reply;

/**
 * Answers slash commands and autocomplete. Commands run off the gateway thread; a reply that is not ready within
 * {@link #DEFER_AFTER_MILLIS} is acknowledged first (deferred) and filled in when it is, so Discord's three
 * seconds always hold. Commands that are known to be slow are deferred at once.
 */
final class InteractionListener extends ListenerAdapter {
    static final long DEFER_AFTER_MILLIS = 1500;
    private static final Logger log = LoggerFactory.getLogger(InteractionListener.class);

    private final CommandRegistry commands;
    private final ExecutorService workers;
    private final ScheduledExecutorService timers;
    private final Uploads uploads;

    InteractionListener(
            CommandRegistry commands, ExecutorService workers, ScheduledExecutorService timers, Uploads uploads) {
        this.commands = commands;
        this.workers = workers;
        this.timers = timers;
        this.uploads = uploads;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        CommandRequest request = request(event);
        boolean slow =
                commands.spec(event.getName()).map(CommandSpec::mayBeSlow).orElse(false);
        AtomicBoolean acknowledged = new AtomicBoolean(false);
        if (slow) {
            acknowledged.set(true);
            event.deferReply().queue(null, e -> log.warn("Could not defer /{}: {}", event.getName(), e.toString()));
        } else {
            timers.schedule(() -> deferIfUnanswered(event, acknowledged), DEFER_AFTER_MILLIS, TimeUnit.MILLISECONDS);
        }
        workers.execute(() -> answer(event, request, acknowledged));
    }

    private static void deferIfUnanswered(SlashCommandInteractionEvent event, AtomicBoolean acknowledged) {
        if (acknowledged.compareAndSet(false, true)) {
            event.deferReply().queue(null, e -> log.warn("Could not defer /{}: {}", event.getName(), e.toString()));
        }
    }

    private void answer(SlashCommandInteractionEvent event, CommandRequest request, AtomicBoolean acknowledged) {
        Reply reply = commands.handle(request);
        if (acknowledged.compareAndSet(false, true)) {
            event.reply(ReplyMessages.create(reply))
                    .setEphemeral(reply.ephemeral())
                    .queue(null, e -> log.warn("Could not answer /{}: {}", event.getName(), e.toString()));
        } else {
            event.getHook()
                    .editOriginal(ReplyMessages.edit(reply))
                    .queue(null, e -> log.warn("Could not fill in /{}: {}", event.getName(), e.toString()));
        }
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        workers.execute(() -> {
            List<Choice> choices = commands.complete(
                    event.getName(),
                    event.getFocusedOption().getName(),
                    event.getFocusedOption().getValue());
            event.replyChoices(choices.stream()
                            .limit(25)
                            .map(c -> new Command.Choice(c.name(), c.value()))
                            .toList())
                    .queue(
                            null,
                            e -> log.debug("Autocomplete for /{} not delivered: {}", event.getName(), e.toString()));
        });
    }

    private CommandRequest request(SlashCommandInteractionEvent event) {
        Map<String, String> options = new HashMap<>();
        Map<String, Upload> files = new HashMap<>();
        for (OptionMapping option : event.getOptions()) {
            switch (option.getType()) {
                case ATTACHMENT -> files.put(option.getName(), uploads.of(option.getAsAttachment()));
                case CHANNEL ->
                    options.put(option.getName(), option.getAsChannel().getId());
                default -> options.put(option.getName(), option.getAsString());
            }
        }
        return new CommandRequest(event.getName(), options, invoker(event), files);
    }

    static Invoker invoker(net.dv8tion.jda.api.interactions.Interaction interaction) {
        Member member = interaction.getMember();
        boolean admin = member != null && member.hasPermission(Permission.MANAGE_SERVER);
        String guild =
                interaction.getGuild() == null ? "" : interaction.getGuild().getId();
        String channel = interaction.getChannelId() == null ? "" : interaction.getChannelId();
        return new Invoker(interaction.getUser().getId(), interaction.getUser().getName(), admin, guild, channel);
    }

    /** Turns an uploaded attachment into an upload the commands can read. */
    interface Uploads {
        Upload of(Message.Attachment attachment);
    }
}
