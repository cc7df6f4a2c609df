package org.strikedesk.review;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import org.strikedesk.ingest.ImportListener;
import org.strikedesk.ingest.ImportReport;
import org.strikedesk.posts.Outbox;
import org.strikedesk.posts.PostKind;
import org.strikedesk.posts.PostPayload;

/**
 * Posts a review card to the editors' channel for every import the gate holds, in the import's own transaction, so
 * a held import is never left without its card. With no editors' channel set, editors review at the console.
 */
final class ReviewNotices implements ImportListener {
    private final Optional<String> channel;
    private final ReviewCards cards;
    private final Clock clock;

    ReviewNotices(Optional<String> channel, ReviewCards cards, Clock clock) {
        this.channel = channel;
        this.cards = cards;
        this.clock = clock;
    }

    @Override
    public void imported(Connection connection, ImportReport.Imported report) {
        // Published imports need no editor.
    }

    @Override
    public void held(Connection connection, ImportReport.Held report) throws SQLException {
        if (channel.isPresent()) {
            PostPayload card = PostPayload.notice(cards.card(report));
            Outbox.owe(connection, channel.get(), PostKind.REVIEW, report.id(), card, clock.instant());
        }
    }
}
