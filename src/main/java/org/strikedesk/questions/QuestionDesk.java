package org.strikedesk.questions;

import java.util.Optional;
import org.strikedesk.commands.Audience;
import org.strikedesk.commands.CommandRegistry;
import org.strikedesk.commands.CommandSpec;
import org.strikedesk.commands.Invoker;
import org.strikedesk.replies.ReadAs;
import org.strikedesk.replies.Reply;

/**
 * Answers questions in plain English through the commands: the answer is the command's own reply, with one line
 * above it saying how the question was read ("Read as: /cancellations trust:RWH strike:2023-04-junior-doctors"), so
 * the person can check it and learn the command. A question asked back offers each choice as a button that runs
 * the whole command; one not understood is answered with what can be asked, and two examples.
 */
public final class QuestionDesk {
    /** What starts the line above an answer. */
    public static final String READ_AS = "Read as: ";

    private final QuestionReader reader;
    private final CommandRegistry commands;

    public QuestionDesk(QuestionReader reader, CommandRegistry commands) {
        this.reader = reader;
        this.commands = commands;
    }

    /** The answer to a question; never throws for anything a person can type. */
    public Reply answer(String question, Invoker invoker) {
        return reply(reader.read(question), invoker);
    }

    /**
     * The answer to a pressed choice, whose id is {@link AskedCommand#BUTTON_PREFIX} and the command; what is still
     * in words in it (a strike, once the trust was chosen) is settled first, and may be asked about in turn.
     */
    public Reply press(String buttonId, Invoker invoker) {
        Optional<AskedCommand> command = buttonId.startsWith(AskedCommand.BUTTON_PREFIX)
                ? AskedCommand.parse(buttonId.substring(AskedCommand.BUTTON_PREFIX.length()))
                : Optional.empty();
        if (command.isEmpty()) {
            return Reply.error(
                    "Unknown button",
                    "StrikeDesk does not recognise this button; it may come from an older version. Ask the"
                            + " question again.");
        }
        return reply(reader.settle(command.get()), invoker);
    }

    /**
     * Who sees the answer to a pressed choice: whoever sees the reply to its command (a choice that is asked about
     * in turn is seen by them too).
     */
    public Audience audience(String buttonId) {
        return (buttonId.startsWith(AskedCommand.BUTTON_PREFIX)
                        ? AskedCommand.parse(buttonId.substring(AskedCommand.BUTTON_PREFIX.length()))
                        : Optional.<AskedCommand>empty())
                .flatMap(command -> commands.spec(command.name()))
                .map(CommandSpec::audience)
                .orElse(Audience.ASKER);
    }

    private Reply reply(Reading reading, Invoker invoker) {
        if (reading instanceof Reading.Understood understood) {
            Reply answer = commands.handle(understood.command().request(invoker));
            return ReadAs.noted(answer, understood.readAs()).toBuilder()
                    .preface(READ_AS + understood.command().line())
                    .build();
        }
        if (reading instanceof Reading.Unclear unclear) {
            Reply.Builder reply =
                    Reply.builder(Reply.Tone.QUESTION).title(unclear.title()).text(unclear.text());
            for (Reading.Candidate choice : unclear.choices()) {
                choice.command().buttonId().ifPresent(id -> reply.action(id, choice.label()));
            }
            return reply.build();
        }
        if (reading instanceof Reading.Unanswerable unanswerable) {
            return Reply.builder(Reply.Tone.WARNING)
                    .title(unanswerable.title())
                    .text(unanswerable.text())
                    .build();
        }
        if (reading instanceof Reading.NotUnderstood) {
            return notUnderstood(invoker);
        }
        throw new IllegalStateException("a reading of an unknown kind: " + reading);
    }

    /**
     * What can be asked, with two examples. In a direct message, where Discord offers StrikeDesk's commands not at all
     * (they are declared for servers only), it says that they are used in a server.
     */
    static Reply notUnderstood(Invoker invoker) {
        boolean direct = !invoker.atConsole() && invoker.guildId().isEmpty();
        return Reply.builder(Reply.Tone.WARNING)
                .title("Not understood")
                .text("StrikeDesk answers questions about the NHS strikes in England: appointments rescheduled and"
                        + " staff absent at a trust, a region or England; two trusts compared; the worst-hit trusts;"
                        + " a quote or a chart; and the strike calendar. For example:\n"
                        + "\u2022 how many appointments were cancelled at Lister in April 2023?\n"
                        + "\u2022 which trusts were worst hit in December 2022?\n"
                        + (direct
                                ? "Or use a command in a server StrikeDesk is in: there, /help lists them."
                                : "Or use a command: /help lists them."))
                .build();
    }
}
