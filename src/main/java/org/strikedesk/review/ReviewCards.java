package org.strikedesk.review;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.strikedesk.answers.ActionId;
import org.strikedesk.ingest.HeldImport;
import org.strikedesk.ingest.ImportReplies;
import org.strikedesk.ingest.ImportReport;
import org.strikedesk.replies.Ellipsis;
import org.strikedesk.replies.Reply;

/** Held imports as editors see them: the review card with its Approve and Reject buttons, and lines for lists. */
final class ReviewCards {
    static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK).withZone(ZoneId.of("Europe/London"));

    private final ImportReplies replies;

    ReviewCards(ImportReplies replies) {
        this.replies = replies;
    }

    /** The card for an import just held: what looks wrong, what it would change, who brought it, and the buttons. */
    Reply card(ImportReport.Held report) {
        Reply held = replies.of(report);
        ImportReport.Arrival arrival = report.arrival();
        Reply.Builder card = held.toBuilder()
                .title(Ellipsis.clip("Held for review: " + arrival.file() + " (import #" + report.id() + ")", 250))
                .field(
                        "Brought",
                        arrival.route().label() + ", by " + arrival.by() + ", " + WHEN.format(arrival.at()),
                        false);
        buttons(card, report.id());
        return card.build();
    }

    /** One held import as a field of a list: which file, who brought it when, and what looks wrong. */
    static Reply.Field field(HeldImport held) {
        ImportReport.Arrival arrival = held.arrival();
        String name = Ellipsis.clip("#" + held.id() + " " + arrival.file(), 200);
        String value = arrival.route().label() + ", by " + arrival.by() + ", " + WHEN.format(arrival.at())
                + "; it would " + ImportReplies.wouldChange(held.counts()) + ".\n"
                + ImportReplies.findings(held.findings());
        return new Reply.Field(name, Ellipsis.shorten(value, 1_000), false);
    }

    /** "approved by editor (1300…) on 28 November 2026, 12:00", or "held" while it waits. */
    static String standing(HeldImport held) {
        return held.decided()
                .map(decided -> word(held.status()) + " by " + decided.by() + " on " + WHEN.format(decided.at()))
                .orElse("held, waiting for an editor");
    }

    static String word(HeldImport.Status status) {
        return switch (status) {
            case HELD -> "held";
            case APPROVED -> "approved";
            case REJECTED -> "rejected";
        };
    }

    /** Adds Approve and Reject for the import. */
    static void buttons(Reply.Builder reply, long importId) {
        List<ActionId> actions = ActionId.review(importId);
        actions.forEach(action -> reply.action(action.id(), action.label()));
    }
}
