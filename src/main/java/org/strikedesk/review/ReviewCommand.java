package org.strikedesk.review;

import java.util.List;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.CommandSpec;
import org.strikedesk.commands.SlashCommand;
import org.strikedesk.ingest.HeldImport;
import org.strikedesk.ingest.HeldImports;
import org.strikedesk.replies.Ellipsis;
import org.strikedesk.replies.HouseStyle;
import org.strikedesk.replies.Reply;

/**
 * {@code /review} (editors): the imports the plausibility gate holds, each with what looks wrong and Approve and
 * Reject buttons, and the latest decisions.
 */
public final class ReviewCommand implements SlashCommand {
    public static final String NAME = "review";
    /** Held imports listed with their buttons; Discord allows 25 buttons on a message, two per import here. */
    static final int LISTED = 10;

    static final int DECISIONS_LISTED = 5;

    private static final CommandSpec SPEC = CommandSpec.of(
                    NAME, "Editors: imports held because their figures look wrong, to approve or reject")
            .editorsOnly()
            .privately();

    private final HeldImports held;

    public ReviewCommand(HeldImports held) {
        this.held = held;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandRequest request) {
        List<HeldImport> waiting = held.waiting();
        Reply.Builder reply = Reply.builder(Reply.Tone.ANSWER).ephemeral(true);
        if (waiting.isEmpty()) {
            reply.title("Nothing held for review")
                    .text("No import is waiting for an editor: every import so far was published or decided.");
        } else {
            reply.title(HouseStyle.capitalised(HouseStyle.count(waiting.size()))
                            + (waiting.size() == 1 ? " import held for review" : " imports held for review"))
                    .text("Their figures are stored but not shown, and their posts wait. Approve publishes an import"
                            + " and sends its posts; Reject withdraws its figures, which stay in the history.");
            waiting.stream().limit(LISTED).forEach(import_ -> {
                reply.field(
                        ReviewCards.field(import_).name(),
                        ReviewCards.field(import_).value(),
                        false);
                ReviewCards.buttons(reply, import_.id());
            });
            if (waiting.size() > LISTED) {
                reply.field(
                        "And more",
                        "and " + HouseStyle.number(waiting.size() - LISTED) + " more, oldest first;"
                                + " decide these first",
                        false);
            }
        }
        List<HeldImport> decided = held.decided(DECISIONS_LISTED);
        if (!decided.isEmpty()) {
            reply.field(
                    "Latest decisions",
                    decided.stream()
                            .map(d -> "#" + d.id() + " "
                                    + Ellipsis.clip(d.arrival().file(), 80) + ": " + ReviewCards.standing(d))
                            .reduce((a, b) -> a + "\n" + b)
                            .orElse(""),
                    false);
        }
        return reply.build();
    }
}
