package org.strikedesk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.strikedesk.commands.Invoker;
import org.strikedesk.console.AttachmentWriter;
import org.strikedesk.console.ConsoleLine;
import org.strikedesk.console.TextRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code shell}: a prompt that answers commands and questions until Ctrl-D. */
@Command(name = "shell", description = "Answer commands and questions at a prompt; /help lists them, Ctrl-D exits")
final class ShellCommand implements Callable<Integer> {
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

    /** Where the answers' files go: the folder asked for, or else the current one, with a story printed. */
    private AttachmentWriter files() {
        return outFolder == null ? AttachmentWriter.printingText(Path.of(".")) : new AttachmentWriter(outFolder);
    }

    @Override
    public Integer call() throws Exception {
        Logging.quiet();
        PrintStream out = System.out;
        try (Application app = locations.open();
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            ConsoleLine lines = new ConsoleLine(app.commands(), app.questions());
            Invoker invoker = Invoker.console(ConsoleUser.name(as));
            AttachmentWriter files = files();
            out.println("StrikeDesk " + Version.current()
                    + ". Type a command (/help lists them) or a question in plain English; Ctrl-D to leave.");
            for (String line = prompt(in, out); line != null; line = prompt(in, out)) {
                if (line.isBlank()) {
                    continue;
                }
                if (line.strip().equals("exit") || line.strip().equals("quit")) {
                    break;
                }
                // A prompt left open while the bot or cron imports answers from the store as it stands now.
                app.dataVersion().catchUp();
                ConsoleLine.Answer answer = lines.answer(line, invoker);
                out.print(
                        answer.reply() == null ? answer.problem() + "\n" : TextRenderer.render(answer.reply(), files));
            }
            out.println();
            return 0;
        }
    }

    private static String prompt(BufferedReader in, PrintStream out) throws IOException {
        out.print("strikedesk> ");
        out.flush();
        return in.readLine();
    }
}
