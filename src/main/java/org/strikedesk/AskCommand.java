package org.strikedesk;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.strikedesk.commands.Invoker;
import org.strikedesk.console.AttachmentWriter;
import org.strikedesk.console.ConsoleLine;
import org.strikedesk.console.TextRenderer;
import org.strikedesk.replies.Reply;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ask "/cancellations trust:ENHT"} or {@code ask "how many appointments were cancelled at Lister in April?"}:
 * one answer, printed, with no token and no network.
 */
@Command(
        name = "ask",
        description = "Answer one command or question, e.g. ask \"/cancellations trust:ENHT\" or ask \"staff absent at"
                + " Lister in April 2023?\"")
final class AskCommand implements Callable<Integer> {
    @Mixin
    Locations locations;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Where charts, stories and other files are written (default: a story is printed, other"
                    + " files go to the current folder)")
    Path outFolder;

    @Option(
            names = "--as",
            paramLabel = "NAME",
            description = "Who is asking, for the record of who was shown which figures (default: this machine's"
                    + " user name)")
    String as;

    @Parameters(
            arity = "1..*",
            paramLabel = "COMMAND",
            description = "The command, as typed in Discord, or a question in plain English")
    List<String> words;

    /** Where the answers' files go: the folder asked for, or else the current one, with a story printed. */
    private AttachmentWriter files() {
        return outFolder == null ? AttachmentWriter.printingText(Path.of(".")) : new AttachmentWriter(outFolder);
    }

    @Override
    public Integer call() throws Exception {
        Logging.quiet();
        try (Application app = locations.open()) {
            ConsoleLine.Answer answer = new ConsoleLine(app.commands(), app.questions())
                    .answer(String.join(" ", words), Invoker.console(ConsoleUser.name(as)));
            if (answer.reply() == null) {
                System.err.println(answer.problem());
                return 2;
            }
            Reply reply = answer.reply();
            System.out.print(TextRenderer.render(reply, files()));
            return reply.tone().answers() ? 0 : 1;
        }
    }
}
