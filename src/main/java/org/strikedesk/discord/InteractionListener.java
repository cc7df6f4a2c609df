package org.strikedesk.discord;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.replacer.ComponentReplacer;
import net.dv8tion.jda.api.components.tree.MessageComponentTree;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.utils.TimeUtil;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strikedesk.commands.Actions;
import org.strikedesk.commands.Audience;
import org.strikedesk.commands.Choice;
import org.strikedesk.commands.CommandRegistry;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.Invoker;
import org.strikedesk.commands.Upload;
import org.strikedesk.replies.Reply;

/**
 * Answers slash commands, buttons and autocomplete. Discord takes an answer only within three seconds of creating an
 * interaction (the time in its id), however late the bot receives it: one already older is not answered at all, as
 * nothing it sent would count, and the work it asks for is not done. A reply not ready {@link #DEFER_AFTER} after the
 * interaction was created is acknowledged first (deferred) and filled in when it is. Commands known to be slow are
 * deferred at once, and run on a worker thread once Discord has taken the deferral; an answer kept since the same was
 * asked goes at once from the thread that received the interaction; the rest are made on a worker thread.
 */
final class InteractionListener extends ListenerAdapter {
    /** Discord's deadline for the first answer, from the interaction's creation. */
    static final Duration DEADLINE = Duration.ofSeconds(3);
    /** When a reply not yet ready is deferred, from the interaction's creation: half the deadline. */
    static final Duration DEFER_AFTER = Duration.ofMillis(1500);
    /** The answer to a command that arrives while the bot is stopping. */
    static final String RESTARTING = "StrikeDesk is restarting; ask again in a minute.";

    private static final Logger log = LoggerFactory.getLogger(InteractionListener.class);
    /** What everyone sees, for a moment, where a channel command's answer turned out to be for the asker alone. */
    private static final Reply ANSWERED_PRIVATELY =
            Reply.info("", "The answer to this was sent only to the person who asked.");

    private final CommandIds commandIds;
    private final CommandRegistry commands;
    private final Actions actions;
    private final ExecutorService workers;
    private final Uploads uploads;
    private final Clock clock;
    private final InFlight inFlight = new InFlight();
    private final ReadyMessages readyMessages = new ReadyMessages();
    private final LateDeferrals late;
    private volatile boolean stopping;

    /**
     * @param clock the real time, to judge an interaction's age by the time in its id (Discord's clock): it must be
     *     kept right (NTP), or interactions will seem older or younger than they are
     */
    InteractionListener(
            CommandRegistry commands,
            Actions actions,
            ExecutorService workers,
            ScheduledExecutorService timers,
            Uploads uploads,
            Clock clock,
            CommandIds commandIds) {
        this.commandIds = commandIds;
        this.commands = commands;
        this.actions = actions;
        this.workers = workers;
        this.uploads = uploads;
        this.clock = clock;
        this.late = new LateDeferrals(timers);
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (dead(event, "/" + event.getName())) {
            return;
        }
        CommandRequest request = InteractionRequests.of(event, uploads);
        if (!stopping) {
            // An answer kept ready-made since someone asked the same reads nothing from the store: it goes at once,
            // from this thread, where a hand-off to a worker would cost more than the answer.
            if (commands.answerReady(request, reply -> answerReady(event, reply))) {
                return;
            }
        }
        respond(
                event,
                "/" + event.getName(),
                commands.mayBeSlow(request),
                commands.audience(request),
                () -> commands.handle(request));
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        String id = event.getComponentId();
        if (dead(event, "button " + id)) {
            return;
        }
        Invoker invoker = InteractionRequests.invoker(event);
        if (actions.usedOnce(id)) {
            shareOnce(event, id, invoker);
            return;
        }
        respond(event, "button " + id, false, actions.audience(id), () -> actions.press(id, invoker));
    }

    /** Sends an answer kept ready-made, as a message made once for it and where it is shown. */
    private void answerReady(SlashCommandInteractionEvent event, Reply reply) {
        inFlight.begin();
        long started = System.nanoTime();
        String what = "/" + event.getName();
        DiscordInline inline = inline(event);
        reply(
                event,
                what,
                readyMessages.of(reply, inline, () -> ReplyMessages.create(reply, inline)),
                reply.ephemeral(),
                started);
    }

    /** The first answer to an interaction; once Discord has it (or refused it), it is no longer under way. */
    private void reply(IReplyCallback event, String what, MessageCreateData message, boolean privately, long started) {
        event.reply(message)
                .setEphemeral(privately)
                .queue(done -> answered(what, started), e -> failed("Could not answer {}: {}", what, e));
    }

    /**
     * A button that shows its answer to the whole channel and is used once (Post to channel). The press is acknowledged as an update of the message the button is on (DEFERRED_UPDATE_MESSAGE, after
     * which that message is the interaction's original: docs {@code interactions/receiving-and-responding.mdx}); the
     * answer goes to the channel as a follow-up, and then the pressed button is disabled, so the answer is not posted
     * twice. A refusal goes to the presser alone and leaves the button as it was.
     */
    private void shareOnce(ButtonInteractionEvent event, String id, Invoker invoker) {
        inFlight.begin();
        if (stopping) {
            event.reply(RESTARTING).setEphemeral(true).queue(done -> inFlight.end(), e -> {
                inFlight.end();
                log.warn("Could not tell button {} that StrikeDesk is restarting: {}", id, e.toString());
            });
            return;
        }
        String what = "button " + id;
        long started = System.nanoTime();
        MessageComponentTree disabled = event.getMessage()
                .getComponentTree()
                .replace(ComponentReplacer.of(Button.class, b -> id.equals(b.getCustomId()), Button::asDisabled));
        event.deferEdit()
                .queue(
                        deferred -> work(what, () -> {
                            Reply reply = actions.press(id, invoker);
                            InteractionHook hook = event.getHook();
                            if (reply.ephemeral()) {
                                hook.sendMessage(ReplyMessages.create(reply, inline(event)))
                                        .setEphemeral(true)
                                        .queue(
                                                done -> answered(what, started),
                                                e -> failed("Could not answer {}: {}", what, e));
                                return;
                            }
                            hook.sendMessage(ReplyMessages.create(reply, inline(event)))
                                    .setEphemeral(false)
                                    .flatMap(posted -> hook.editOriginalComponents(disabled))
                                    .queue(
                                            done -> answered(what, started),
                                            e -> failed("Could not post {}: {}", what, e));
                        }),
                        e -> failed("Could not acknowledge {}, so it was not carried out: {}", what, e));
    }

    /** How commands are linked where the interaction happened: its server's commands, or else the global ones. */
    private DiscordInline inline(Interaction event) {
        return commandIds.in(Optional.ofNullable(event.getGuild()).map(Guild::getId));
    }

    /** Runs on a worker thread; a reply under way ends if the work cannot start. */
    private void work(String what, Runnable work) {
        try {
            workers.execute(() -> {
                try {
                    work.run();
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

    /**
     * A pick from a menu (a string select: docs {@code developers/components/reference.mdx}, "String Select";
     * {@code developers/interactions/receiving-and-responding.mdx}, component interaction data {@code values}) runs
     * the command again with the option picked, answered to whoever the command answers.
     */
    @Override
    public void onStringSelectInteraction(StringSelectInteractionEvent event) {
        String id = event.getComponentId();
        if (dead(event, "menu " + id) || event.getValues().isEmpty()) {
            return;
        }
        String value = event.getValues().get(0);
        Invoker invoker = InteractionRequests.invoker(event);
        respond(event, "menu " + id, false, actions.audience(id), () -> actions.pick(id, value, invoker));
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
     * Answers. Work known to be slow is acknowledged first (deferred), and starts on a worker thread once Discord has
     * taken the deferral; other work starts on a worker thread at once, so that a store slow to answer never holds up
     * the thread that receives every other event. Either way, an answer not
     * ready {@link #DEFER_AFTER} after the interaction's creation is deferred by {@link LateDeferrals}, and
     * filled in when it is ready. Discord fixes who sees the answer when it is acknowledged, so the deferral is
     * private when the audience is the asker.
     */
    private void respond(IReplyCallback event, String what, boolean slow, Audience audience, Supplier<Reply> work) {
        inFlight.begin();
        if (stopping) {
            event.reply(RESTARTING).setEphemeral(true).queue(done -> inFlight.end(), e -> {
                inFlight.end();
                log.warn("Could not tell {} that StrikeDesk is restarting: {}", what, e.toString());
            });
            return;
        }
        boolean privately = audience == Audience.ASKER;
        long started = System.nanoTime();
        if (slow) {
            AtomicBoolean acknowledged = new AtomicBoolean(true);
            event.deferReply(privately)
                    .queue(
                            deferred -> {
                                try {
                                    workers.execute(() -> work(event, what, acknowledged, privately, work, started));
                                } catch (RejectedExecutionException e) {
                                    inFlight.end();
                                    log.warn("Could not answer {}: StrikeDesk is stopping", what);
                                }
                            },
                            e -> failed("Could not acknowledge {}, so it was not carried out: {}", what, e));
            return;
        }
        LateDeferrals.Waiting waiting = late.watch(
                event, what, privately, started + DEFER_AFTER.minus(age(event)).toNanos());
        try {
            workers.execute(() -> {
                try {
                    work(event, what, waiting.acknowledged(), privately, work, started);
                } finally {
                    late.done(waiting);
                }
            });
        } catch (RejectedExecutionException e) {
            late.done(waiting);
            inFlight.end();
            log.warn("Could not answer {}: StrikeDesk is stopping", what);
        }
    }

    /** Does the work and answers with what it gives. */
    private void work(
            IReplyCallback event,
            String what,
            AtomicBoolean acknowledged,
            boolean privately,
            Supplier<Reply> work,
            long started) {
        try {
            answer(event, what, acknowledged, privately, work.get(), started);
        } catch (RuntimeException e) {
            inFlight.end();
            throw e;
        }
    }

    /** How long ago Discord created the interaction, by the time in its id. */
    private Duration age(Interaction interaction) {
        // The id's top bits are milliseconds since Discord's epoch (docs reference.mdx, "Snowflakes").
        long created = (interaction.getIdLong() >>> TimeUtil.TIMESTAMP_OFFSET) + TimeUtil.DISCORD_EPOCH;
        return Duration.ofMillis(clock.millis() - created);
    }

    /**
     * Whether Discord's deadline for this interaction has already passed, as after an outage, when Discord hands
     * over on reconnection what users asked meanwhile. Such an interaction is logged and left: Discord would refuse
     * any answer (10062), and the person has already been shown "The application did not respond".
     */
    private boolean dead(Interaction interaction, String what) {
        Duration age = age(interaction);
        if (age.compareTo(DEADLINE) < 0) {
            return false;
        }
        log.warn(
                "{} from user {} arrived {} ms after Discord created it, past the {}-second deadline: not answered",
                what,
                interaction.getUser().getId(),
                age.toMillis(),
                DEADLINE.toSeconds());
        return true;
    }

    /** Sends the answer; once Discord has it (or refused it), the reply is no longer under way. */
    private void answer(
            IReplyCallback event,
            String what,
            AtomicBoolean acknowledged,
            boolean deferredPrivately,
            Reply reply,
            long started) {
        if (acknowledged.compareAndSet(false, true)) {
            reply(
                    event,
                    what,
                    ReplyMessages.create(reply, inline(event)),
                    reply.ephemeral() || deferredPrivately,
                    started);
        } else if (reply.ephemeral() && !deferredPrivately) {
            answerPrivately(event.getHook(), what, reply, inline(event), started);
        } else {
            event.getHook()
                    .editOriginal(ReplyMessages.edit(reply, inline(event)))
                    .queue(done -> answered(what, started), e -> failed("Could not fill in {}: {}", what, e));
        }
    }

    /**
     * A private answer (an error, say) to a channel command that was deferred for everyone to see. Editing the
     * loading message would show the answer to everyone, and a follow-up straight after the deferral is taken as
     * that edit, so: the loading message becomes a neutral note, the answer goes as a private follow-up, and the
     * note is deleted.
     */
    private void answerPrivately(InteractionHook hook, String what, Reply reply, DiscordInline inline, long started) {
        hook.editOriginal(ReplyMessages.edit(ANSWERED_PRIVATELY))
                .flatMap(note ->
                        hook.sendMessage(ReplyMessages.create(reply, inline)).setEphemeral(true))
                .flatMap(answer -> hook.deleteOriginal())
                .queue(done -> answered(what, started), e -> failed("Could not answer {} privately: {}", what, e));
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
        if (dead(event, "autocomplete for /" + event.getName())) {
            return;
        }
        // Choices come from memory (names, the calendar, which trusts have figures), so they are found right here:
        // a hand-off to another thread would cost more than the work.
        String focused = event.getFocusedOption().getName();
        List<Choice> choices = commands.complete(
                event.getName(),
                focused,
                event.getFocusedOption().getValue(),
                InteractionRequests.filled(event, focused));
        event.replyChoices(readyMessages.choices(
                        choices,
                        () -> choices.stream()
                                .limit(OptionData.MAX_CHOICES)
                                .map(c -> new Command.Choice(c.name(), c.value()))
                                .toList()))
                .queue(null, e -> log.debug("Autocomplete for /{} not delivered: {}", event.getName(), e.toString()));
    }

    /** Turns an uploaded attachment into an upload the commands can read. */
    interface Uploads {
        Upload of(Message.Attachment attachment);
    }
}
