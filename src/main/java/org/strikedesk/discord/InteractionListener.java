package org.strikedesk.discord;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strikedesk.commands.Actions;
import org.strikedesk.commands.Choice;
import org.strikedesk.commands.CommandRegistry;
import org.strikedesk.commands.CommandRequest;
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
    private final Actions actions;
    private final ExecutorService workers;
    private final ScheduledExecutorService timers;
    private final Uploads uploads;

    InteractionListener(
            CommandRegistry commands,
            Actions actions,
            ExecutorService workers,
            ScheduledExecutorService timers,
            Uploads uploads) {
        this.commands = commands;
        this.actions = actions;
        this.workers = workers;
        this.timers = timers;
        this.uploads = uploads;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        CommandRequest request = request(event);
        boolean slow = commands.mayBeSlow(request);
        respond(event, "/" + event.getName(), slow, false, () -> commands.handle(request));
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        String id = event.getComponentId();
        Invoker invoker = invoker(event);
        // Quote and Chart answer the person who pressed; only "post:" buttons answer the channel.
        boolean forEveryone = id.startsWith("post:");
        respond(event, "button " + id, false, !forEveryone, () -> actions.press(id, invoker));
    }

    /**
     * Answers on a worker thread. If the answer is not ready within {@link #DEFER_AFTER_MILLIS} (or the work is
     * known to be slow), the interaction is acknowledged first and the answer filled in when it is ready.
     */
    private void respond(
            IReplyCallback event, String what, boolean slow, boolean deferPrivately, Supplier<Reply> work) {
        AtomicBoolean acknowledged = new AtomicBoolean(false);
        if (slow) {
            acknowledged.set(true);
            defer(event, what, deferPrivately);
        } else {
            timers.schedule(
                    () -> {
                        if (acknowledged.compareAndSet(false, true)) {
                            defer(event, what, deferPrivately);
                        }
                    },
                    DEFER_AFTER_MILLIS,
                    TimeUnit.MILLISECONDS);
        }
        workers.execute(() -> answer(event, what, acknowledged, work.get()));
    }

    private static void defer(IReplyCallback event, String what, boolean privately) {
        event.deferReply(privately).queue(null, e -> log.warn("Could not acknowledge {}: {}", what, e.toString()));
    }

    private static void answer(IReplyCallback event, String what, AtomicBoolean acknowledged, Reply reply) {
        if (acknowledged.compareAndSet(false, true)) {
            event.reply(ReplyMessages.create(reply))
                    .setEphemeral(reply.ephemeral())
                    .queue(null, e -> log.warn("Could not answer {}: {}", what, e.toString()));
        } else {
            event.getHook()
                    .editOriginal(ReplyMessages.edit(reply))
                    .queue(null, e -> log.warn("Could not fill in {}: {}", what, e.toString()));
        }
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        // Choices come from memory (names, the calendar, which trusts have figures), so they are found right here:
        // a hand-off to another thread would cost more than the work.
        List<Choice> choices = commands.complete(
                event.getName(),
                event.getFocusedOption().getName(),
                event.getFocusedOption().getValue());
        event.replyChoices(choices.stream()
                        .limit(OptionData.MAX_CHOICES)
                        .map(c -> new Command.Choice(c.name(), c.value()))
                        .toList())
                .queue(null, e -> log.debug("Autocomplete for /{} not delivered: {}", event.getName(), e.toString()));
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

    static Invoker invoker(Interaction interaction) {
        Member member = interaction.getMember();
        boolean admin = member != null && member.hasPermission(Permission.MANAGE_SERVER);
        String guild =
                interaction.getGuild() == null ? "" : interaction.getGuild().getId();
        String channel = interaction.getChannelId() == null ? "" : interaction.getChannelId();
        return new Invoker(
                interaction.getUser().getId(), interaction.getUser().getName(), admin, guild, channel, roles(member));
    }

    /**
     * The member's role ids, as far as JDA knows them: the roles of a server the bot is in. In a server JDA does not
     * hold (a detached member) they cannot be read, and the member counts as having none.
     */
    private static Set<String> roles(Member member) {
        if (member == null) {
            return Set.of();
        }
        try {
            return member.getUnsortedRoles().stream().map(Role::getId).collect(Collectors.toSet());
        } catch (UnsupportedOperationException e) {
            return Set.of();
        }
    }

    /** Turns an uploaded attachment into an upload the commands can read. */
    interface Uploads {
        Upload of(Message.Attachment attachment);
    }
}
