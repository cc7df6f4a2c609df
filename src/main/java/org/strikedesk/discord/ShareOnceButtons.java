package org.strikedesk.discord;

import java.util.Optional;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.replacer.ComponentReplacer;
import net.dv8tion.jda.api.components.tree.MessageComponentTree;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import org.strikedesk.commands.Actions;
import org.strikedesk.commands.Invoker;
import org.strikedesk.replies.Reply;

/**
 * Buttons that show their answer to the whole channel and are used once (Post to channel). The press is acknowledged
 * as an update of the message the button is on (DEFERRED_UPDATE_MESSAGE, after which that message is the
 * interaction's original: docs {@code interactions/receiving-and-responding.mdx}); the answer goes to the channel as
 * a follow-up, and then the pressed button is disabled, so the answer is not posted twice. A refusal goes to the
 * presser alone and leaves the button as it was.
 */
final class ShareOnceButtons {
    private final Actions actions;
    private final RepliesUnderWay replies;
    private final CommandIds commandIds;

    ShareOnceButtons(Actions actions, RepliesUnderWay replies, CommandIds commandIds) {
        this.actions = actions;
        this.replies = replies;
        this.commandIds = commandIds;
    }

    /** Whether the button {@code id} is one of these. */
    boolean handles(String id) {
        return actions.usedOnce(id);
    }

    /** Answers a press of the button {@code id}. */
    void press(ButtonInteractionEvent event, String id, Invoker invoker) {
        String what = "button " + id;
        if (!replies.take(event, what)) {
            return;
        }
        long started = System.nanoTime();
        MessageComponentTree disabled = event.getMessage()
                .getComponentTree()
                .replace(ComponentReplacer.of(Button.class, b -> id.equals(b.getCustomId()), Button::asDisabled));
        DiscordInline inline =
                commandIds.in(Optional.ofNullable(event.getGuild()).map(Guild::getId));
        event.deferEdit()
                .queue(
                        deferred -> replies.onWorker(what, () -> {
                            Reply reply = actions.press(id, invoker);
                            InteractionHook hook = event.getHook();
                            if (reply.ephemeral()) {
                                hook.sendMessage(ReplyMessages.create(reply, inline))
                                        .setEphemeral(true)
                                        .queue(
                                                done -> replies.answered(what, started),
                                                e -> replies.failed("Could not answer {}: {}", what, e));
                                return;
                            }
                            hook.sendMessage(ReplyMessages.create(reply, inline))
                                    .setEphemeral(false)
                                    .flatMap(posted -> hook.editOriginalComponents(disabled))
                                    .queue(
                                            done -> replies.answered(what, started),
                                            e -> replies.failed("Could not post {}: {}", what, e));
                        }),
                        e -> replies.failed("Could not acknowledge {}, so it was not carried out: {}", what, e));
    }
}
