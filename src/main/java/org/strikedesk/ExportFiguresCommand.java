package org.strikedesk;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.strikedesk.answers.ExportCommand;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.Invoker;
import org.strikedesk.commands.Options;
import org.strikedesk.config.UserFacingException;
import org.strikedesk.console.TextRenderer;
import org.strikedesk.replies.Reply;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code export [--trust T] [--region R] [--strike S] [--format tidy|table] [--out FILE]}: the figures as CSV, as
 * {@code /export} gives them, written to a file or to standard output. Non-zero when there is nothing to export.
 */
@Command(
        name = "export",
        description = "Write the figures as CSV: tidy (re-importable, the default) or a table of trusts for a chart")
final class ExportFiguresCommand implements Callable<Integer> {
    @Mixin
    Locations locations;

    @Option(names = "--trust", paramLabel = "TRUST", description = "Only this trust's figures (or england)")
    String trust;

    @Option(names = "--region", paramLabel = "REGION", description = "Only this region and its trusts, e.g. London")
    String region;

    @Option(
            names = "--strike",
            paramLabel = "STRIKE",
            description = "A strike id, latest, all, or words such as \"april 2023\" (default: all; a table: latest)")
    String strike;

    @Option(names = "--format", paramLabel = "FORMAT", description = "tidy (the default) or table")
    String format;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "The file to write (replaced if it exists); default: standard output")
    Path out;

    @Override
    public Integer call() throws Exception {
        Logging.quiet();
        try (Application app = locations.open()) {
            Reply reply = app.commands().handle(CommandRequest.of(ExportCommand.NAME, options(), Invoker.CONSOLE));
            if (reply.attachments().isEmpty()) {
                System.err.print(TextRenderer.render(reply));
                return ExitCodes.FAILED;
            }
            Reply.Attachment file = reply.attachments().get(0);
            if (out == null) {
                System.out.write(file.content());
                System.out.flush();
            } else {
                write(out, file.content(), System.err);
            }
            System.err.println(reply.title());
            return ExitCodes.OK;
        }
    }

    private Map<String, String> options() {
        Map<String, String> options = new LinkedHashMap<>();
        put(options, Options.TRUST, trust);
        put(options, Options.REGION, region);
        put(options, Options.STRIKE, strike);
        put(options, Options.FORMAT, format);
        return options;
    }

    private static void put(Map<String, String> options, String name, String value) {
        if (value != null) {
            options.put(name, value);
        }
    }

    private static void write(Path file, byte[] content, PrintStream messages) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, content);
        } catch (IOException e) {
            throw new UserFacingException("Could not write " + file.toAbsolutePath() + ": " + e.getMessage());
        }
        messages.println("Written to " + file.toAbsolutePath());
    }
}
