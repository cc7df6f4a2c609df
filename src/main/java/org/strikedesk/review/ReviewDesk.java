package org.strikedesk.review;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strikedesk.answers.ActionId;
import org.strikedesk.answers.ReviewDecisions;
import org.strikedesk.commands.Editors;
import org.strikedesk.commands.Invoker;
import org.strikedesk.ingest.HeldImport;
import org.strikedesk.ingest.Importer;
import org.strikedesk.ingest.ReviewDecision;
import org.strikedesk.replies.HouseStyle;
import org.strikedesk.replies.Reply;

/**
 * Carries out Approve and Reject, pressed on a review card or on {@code /review}, or typed at the console. Only
 * editors may decide; the decision, with who made it and when, is kept with the import.
 */
public final class ReviewDesk implements ReviewDecisions {
    private static final Logger log = LoggerFactory.getLogger(ReviewDesk.class);

    private final Importer importer;
    private final Editors editors;

    public ReviewDesk(Importer importer, Editors editors) {
        this.importer = importer;
        this.editors = editors;
    }

    @Override
    public Reply decide(ActionId.Review review, Invoker invoker) {
        if (!editors.include(invoker)) {
            log.info(
                    "{} ({}) may not {} import #{}",
                    invoker.displayName(),
                    invoker.userId(),
                    review.verdict().word(),
                    review.importId());
            return Reply.error(
                    "Not allowed", "Only editors may approve or reject a held import: " + editors.who() + ".");
        }
        String by = invoker.displayName() + " (" + invoker.userId() + ")";
        ReviewDecision decision = review.verdict() == ActionId.Verdict.APPROVE
                ? importer.approve(review.importId(), by)
                : importer.reject(review.importId(), by);
        return reply(decision, invoker);
    }

    private static Reply reply(ReviewDecision decision, Invoker invoker) {
        String who = invoker.atConsole() ? invoker.displayName() : "<@" + invoker.userId() + ">";
        long id = decision.importId();
        return switch (decision.outcome()) {
            case APPROVED -> {
                HeldImport held = decision.held().orElseThrow();
                yield Reply.builder(Reply.Tone.ANSWER)
                        .title("Approved: import #" + id)
                        .text(who + " approved " + held.arrival().file() + ": "
                                + HouseStyle.count(decision.changes().size())
                                + (decision.changes().size() == 1 ? " figure is" : " figures are")
                                + " now published, and its posts go out.")
                        .build();
            }
            case REJECTED -> {
                HeldImport held = decision.held().orElseThrow();
                yield Reply.builder(Reply.Tone.ANSWER)
                        .title("Rejected: import #" + id)
                        .text(who + " rejected " + held.arrival().file() + ": its figures are withdrawn and will not"
                                + " be shown, and its posts will not be sent. They stay in the history, with this"
                                + " decision.")
                        .build();
            }
            case ALREADY_DECIDED ->
                Reply.builder(Reply.Tone.WARNING)
                        .title("Already decided: import #" + id)
                        .text("Import #" + id + " was "
                                + ReviewCards.standing(decision.held().orElseThrow()) + "; nothing changed.")
                        .ephemeral(true)
                        .build();
            case NOT_HELD ->
                Reply.error("Not held", "No import #" + id + " is held for review. /review lists" + " those that are.");
        };
    }
}
