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
import org.strikedesk.console.ConsoleParser;
import org.strikedesk.console.TextRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code shell}: a prompt that answers commands until Ctrl-D. */
@Command(name = "shell", description = "Answer commands at a prompt; /help lists them, Ctrl-D exits")
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
            ConsoleParser parser = new ConsoleParser(app.commands());
            Invoker invoker = Invoker.console(ConsoleUser.name(as));
            AttachmentWriter files = files();
            out.println("StrikeDesk " + Version.current() + ". Type /help for the commands; Ctrl-D to leave.");
            for (String line = prompt(in, out); line != null; line = prompt(in, out)) {
                if (line.isBlank()) {
                    continue;
                }
                if (line.strip().equals("exit") || line.strip().equals("quit")) {
                    break;
                }
                ConsoleParser.Parsed parsed = parser.parse(line, invoker);
                out.print(
                        parsed.request() == null
                                ? parsed.problem() + "\n"
                                : TextRenderer.render(app.commands().handle(parsed.request()), files));
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
