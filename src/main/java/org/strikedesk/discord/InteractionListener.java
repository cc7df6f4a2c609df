package org.strikedesk.discord;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.utils.data.DataObject;
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
    /** The answer to a command that arrives while the bot is stopping. */
    static final String RESTARTING = "StrikeDesk is restarting; ask again in a minute.";

    private static final Logger log = LoggerFactory.getLogger(InteractionListener.class);

    private final CommandRegistry commands;
    private final Actions actions;
    private final ExecutorService workers;
    private final ScheduledExecutorService timers;
    private final Uploads uploads;
    private final InFlight inFlight = new InFlight();
    private volatile boolean stopping;

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

    /** From now on, commands and buttons are answered only with a sentence saying the bot is restarting. */
    void stopTakingWork() {
        stopping = true;
    }

    /** Waits, for at most {@code timeout}, until every reply under way has reached Discord or failed to. */
    boolean awaitReplies(Duration timeout) throws InterruptedException {
        return inFlight.awaitNone(timeout);
    }

    int repliesUnderWay() {
        return inFlight.count();
    }

    /**
     * Answers on a worker thread. If the answer is not ready within {@link #DEFER_AFTER_MILLIS} (or the work is
     * known to be slow), the interaction is acknowledged first and the answer filled in when it is ready.
     */
    private void respond(
            IReplyCallback event, String what, boolean slow, boolean deferPrivately, Supplier<Reply> work) {
        inFlight.begin();
        if (stopping) {
            event.reply(RESTARTING).setEphemeral(true).queue(done -> inFlight.end(), e -> {
                inFlight.end();
                log.warn("Could not tell {} that StrikeDesk is restarting: {}", what, e.toString());
            });
            return;
        }
        long started = System.nanoTime();
        AtomicBoolean acknowledged = new AtomicBoolean(false);
        if (slow) {
            acknowledged.set(true);
            defer(event, what, deferPrivately);
        } else {
            var unused = timers.schedule(
                    () -> {
                        if (acknowledged.compareAndSet(false, true)) {
                            defer(event, what, deferPrivately);
                        }
                    },
                    DEFER_AFTER_MILLIS,
                    TimeUnit.MILLISECONDS);
        }
        try {
            workers.execute(() -> {
                try {
                    answer(event, what, acknowledged, work.get(), started);
                } catch (RuntimeException e) {
                    inFlight.end();
                    throw e;
                }
            });
        } catch (RejectedExecutionException e) {
            inFlight.end();
            log.warn("Could not answer {}: StrikeDesk is stopping", what);
        }
    }

    private static void defer(IReplyCallback event, String what, boolean privately) {
        event.deferReply(privately).queue(null, e -> log.warn("Could not acknowledge {}: {}", what, e.toString()));
    }

    /** Sends the answer; once Discord has it (or refused it), the reply is no longer under way. */
    private void answer(IReplyCallback event, String what, AtomicBoolean acknowledged, Reply reply, long started) {
        if (acknowledged.compareAndSet(false, true)) {
            event.reply(ReplyMessages.create(reply))
                    .setEphemeral(reply.ephemeral())
                    .queue(done -> answered(what, started), e -> failed("Could not answer {}: {}", what, e));
        } else {
            event.getHook()
                    .editOriginal(ReplyMessages.edit(reply))
                    .queue(done -> answered(what, started), e -> failed("Could not fill in {}: {}", what, e));
        }
    }

    private void answered(String what, long started) {
        inFlight.end();
        log.info("Answered {} in {} ms", what, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    private void failed(String message, String what, Throwable e) {
        inFlight.end();
        log.warn(message, what, e.toString());
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
        return new CommandRequest(event.getName(), options, invoker(event), files, maxFileBytes(event));
    }

    /**
     * The largest file Discord accepts in the answer: the interaction's {@code attachment_size_limit}, which Discord
     * works out from the server's boost tier and the person's Nitro (docs {@code reference.mdx}, "Uploading Files";
     * {@code interactions/receiving-and-responding.mdx}, Interaction Structure). JDA does not read the field, so it is
     * taken from the event's payload; without it, Discord's default for everyone, which JDA knows as
     * {@link Message#MAX_FILE_SIZE} (10 MiB).
     */
    static long maxFileBytes(GenericEvent event) {
        DataObject payload = event.getRawData();
        long limit = payload == null
                ? Message.MAX_FILE_SIZE
                : payload.optObject("d")
                        .map(interaction -> interaction.getLong("attachment_size_limit", Message.MAX_FILE_SIZE))
                        .orElse((long) Message.MAX_FILE_SIZE);
        return limit > 0 ? limit : Message.MAX_FILE_SIZE;
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
