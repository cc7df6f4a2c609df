package org.strikedesk.answers;

import java.util.Optional;
import org.strikedesk.figures.StrikeFigures;
import org.strikedesk.replies.ChartMetric;
import org.strikedesk.replies.Reply;
import org.strikedesk.trusts.Organisation;

/** The buttons offered with replies: Quote and Chart with one strike's figures, Post to channel with private ones. */
final class Buttons {
    private Buttons() {}

    /**
     * A figure reply for one strike with its buttons: Quote and Chart when there is a rescheduled total to quote,
     * else a chart of staff absent when that is all there is.
     */
    static Reply onFigures(Reply reply, Organisation org, StrikeFigures figures) {
        if (figures.acute().isPresent()) {
            return add(
                    add(reply, ActionId.quote(org.code(), figures.strike().id())),
                    ActionId.chart(org.code(), ChartMetric.ACUTE));
        }
        if (figures.staff().isPresent()) {
            return add(reply, ActionId.chart(org.code(), ChartMetric.STAFF));
        }
        return reply;
    }

    /** The reply with Post to channel, when it is shown only to the person who asked and is worth posting. */
    static Reply withPost(Reply reply, ActionId shown) {
        if (!reply.ephemeral() || reply.tone() != Reply.Tone.ANSWER || shown instanceof ActionId.Post) {
            return reply;
        }
        return add(reply, Optional.of(new ActionId.Post(shown)));
    }

    /** The reply with one more button, unless the action could not be written as a button id or is there already. */
    static Reply add(Reply reply, Optional<ActionId> action) {
        return action.filter(a -> a.id().length() <= ActionId.MAX_LENGTH)
                .filter(a ->
                        reply.actions().stream().noneMatch(held -> held.id().equals(a.id())))
                .map(a -> reply.toBuilder().action(a.id(), a.label()).build())
                .orElse(reply);
    }
}
