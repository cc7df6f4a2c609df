package org.strikedesk;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.Invoker;
import org.strikedesk.console.TextRenderer;
import org.strikedesk.replies.Reply;
import org.strikedesk.review.ReviewCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code review}: the imports held for review, as {@code /review} lists them; {@code review approve ID} and
 * {@code review reject ID} decide one, as the buttons do. The person at the console is an editor.
 */
@Command(
        name = "review",
        description = "List the imports held for review, or decide one: review approve ID, review reject ID")
final class ReviewAtConsole implements Callable<Integer> {
    @Mixin
    Locations locations;

    @Option(
            names = "--as",
            paramLabel = "NAME",
            description = "Who is deciding, for the record (default: this machine's user name)")
    String as;

    @Parameters(arity = "0..2", paramLabel = "approve|reject ID", description = "The decision and the import's number")
    List<String> words = List.of();

    @Override
    public Integer call() throws Exception {
        Logging.quiet();
        if (!words.isEmpty() && !decision()) {
            System.err.println("Give a decision and an import's number, e.g. review approve 12 or review reject 12;"
                    + " review alone lists what is held.");
            return 2;
        }
        try (Application app = locations.open()) {
            Invoker editor = Invoker.console(ConsoleUser.name(as));
            Reply reply = words.isEmpty()
                    ? app.commands().handle(CommandRequest.of(ReviewCommand.NAME, Map.of(), editor))
                    : app.actions()
                            .press("review:" + words.get(0).toLowerCase(Locale.ROOT) + ":" + words.get(1), editor);
            System.out.print(TextRenderer.render(reply));
            return reply.tone().answers() ? 0 : 1;
        }
    }

    private boolean decision() {
        return words.size() == 2
                && List.of("approve", "reject").contains(words.get(0).toLowerCase(Locale.ROOT))
                && words.get(1).matches("[1-9]\\d{0,11}");
    }
}
