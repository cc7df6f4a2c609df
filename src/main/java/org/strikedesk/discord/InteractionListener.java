package org.strikedesk.discord;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
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

    private static final Logger log = LoggerFactory.getLogger(InteractionListener.class);
    /** What everyone sees, for a moment, where a channel command's answer turned out to be for the asker alone. */
    private static final Reply ANSWERED_PRIVATELY =
            Reply.info("", "The answer to this was sent only to the person who asked.");

    private final CommandIds commandIds;
    private final CommandRegistry commands;
    private final Actions actions;
    private final RepliesUnderWay replies;
    private final ShareOnceButtons shareOnce;
    private final Uploads uploads;
    private final Clock clock;
    private final ReadyMessages readyMessages = new ReadyMessages();
    private final LateDeferrals late;

    /**
     * @param clock the real time, to judge an interaction's age by the time in its id (Discord's clock): it must be
     *     kept right (NTP), or interactions will seem older or younger than they are
     */
    InteractionListener(
            CommandRegistry commands,
            Actions actions,
            RepliesUnderWay replies,
            ScheduledExecutorService timers,
            Uploads uploads,
            Clock clock,
            CommandIds commandIds) {
        this.commandIds = commandIds;
        this.commands = commands;
        this.actions = actions;
        this.replies = replies;
        this.shareOnce = new ShareOnceButtons(actions, replies, commandIds);
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
        if (!replies.stopping()) {
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
        if (shareOnce.handles(id)) {
            shareOnce.press(event, id, invoker);
            return;
        }
        respond(event, "button " + id, false, actions.audience(id), () -> actions.press(id, invoker));
    }

    /** Sends an answer kept ready-made, as a message made once for it and where it is shown. */
    private void answerReady(SlashCommandInteractionEvent event, Reply reply) {
        replies.begin();
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
                .queue(
                        done -> replies.answered(what, started),
                        e -> replies.failed("Could not answer {}: {}", what, e));
    }

    /** How commands are linked where the interaction happened: its server's commands, or else the global ones. */
    private DiscordInline inline(Interaction event) {
        return commandIds.in(Optional.ofNullable(event.getGuild()).map(Guild::getId));
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

    /**
     * Answers. Work known to be slow is acknowledged first (deferred), and starts on a worker thread once Discord has
     * taken the deferral; other work starts on a worker thread at once, so that a store slow to answer never holds up
     * the thread that receives every other event. Either way, an answer not
     * ready {@link #DEFER_AFTER} after the interaction's creation is deferred by {@link LateDeferrals}, and
     * filled in when it is ready. Discord fixes who sees the answer when it is acknowledged, so the deferral is
     * private when the audience is the asker.
     */
    private void respond(IReplyCallback event, String what, boolean slow, Audience audience, Supplier<Reply> work) {
        if (!replies.take(event, what)) {
            return;
        }
        boolean privately = audience == Audience.ASKER;
        long started = System.nanoTime();
        if (slow) {
            AtomicBoolean acknowledged = new AtomicBoolean(true);
            event.deferReply(privately)
                    .queue(
                            deferred -> replies.onWorker(
                                    what, () -> answer(event, what, acknowledged, privately, work.get(), started)),
                            e -> replies.failed("Could not acknowledge {}, so it was not carried out: {}", what, e));
            return;
        }
        LateDeferrals.Waiting waiting = late.watch(
                event, what, privately, started + DEFER_AFTER.minus(age(event)).toNanos());
        boolean handed = replies.onWorker(what, () -> {
            try {
                answer(event, what, waiting.acknowledged(), privately, work.get(), started);
            } finally {
                late.done(waiting);
            }
        });
        if (!handed) {
            late.done(waiting);
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
                    .queue(
                            done -> replies.answered(what, started),
                            e -> replies.failed("Could not fill in {}: {}", what, e));
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
                .queue(
                        done -> replies.answered(what, started),
                        e -> replies.failed("Could not answer {} privately: {}", what, e));
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
