package org.strikedesk.console;

import org.strikedesk.commands.CommandRegistry;
import org.strikedesk.commands.Invoker;
import org.strikedesk.questions.QuestionDesk;
import org.strikedesk.replies.Reply;

/**
 * Answers a line typed at the console: a command ({@code /cancellations trust:ENHT}), or a question in plain
 * English ({@code how many appointments were cancelled at Lister in April?}). A line that starts with {@code /} is a
 * command; any other line is a question, unless it reads whole as a command without its slash ({@code help},
 * {@code cancellations trust:ENHT}), as the console has always allowed.
 */
public final class ConsoleLine {
    private final ConsoleParser parser;
    private final CommandRegistry commands;
    private final QuestionDesk questions;

    public ConsoleLine(CommandRegistry commands, QuestionDesk questions) {
        this.parser = new ConsoleParser(commands);
        this.commands = commands;
        this.questions = questions;
    }

    /**
     * The answer to a line, or a sentence saying what is wrong with a command.
     *
     * @param reply the answer, or null
     * @param problem what is wrong with the command typed, or null
     */
    public record Answer(Reply reply, String problem) {}

    public Answer answer(String line, Invoker invoker) {
        ConsoleParser.Parsed parsed = parser.parse(line, invoker);
        boolean command = line != null && line.strip().startsWith("/");
        if (parsed.request() != null) {
            return new Answer(commands.handle(parsed.request()), null);
        }
        if (command) {
            return new Answer(null, parsed.problem());
        }
        return new Answer(questions.answer(line, invoker), null);
    }
}
