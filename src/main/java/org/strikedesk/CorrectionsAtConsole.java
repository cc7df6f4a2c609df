package org.strikedesk;

import java.util.Map;
import java.util.concurrent.Callable;
import org.strikedesk.audit.CorrectionsCommand;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.Invoker;
import org.strikedesk.console.TextRenderer;
import org.strikedesk.replies.Reply;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code corrections}: revised figures people had been shown, and who they were, as {@code /corrections} lists them. */
@Command(name = "corrections", description = "List revised figures that people had used, and who was shown them")
final class CorrectionsAtConsole implements Callable<Integer> {
    @Mixin
    Locations locations;

    @Override
    public Integer call() throws Exception {
        Logging.quiet();
        try (Application app = locations.open()) {
            app.audit().forget();
            Reply reply = app.commands()
                    .handle(CommandRequest.of(
                            CorrectionsCommand.NAME, Map.of(), Invoker.console(ConsoleUser.name(null))));
            System.out.print(TextRenderer.render(reply));
            return reply.tone().answers() ? 0 : 1;
        }
    }
}
