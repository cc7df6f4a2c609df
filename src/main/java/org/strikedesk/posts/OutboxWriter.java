package org.strikedesk.posts;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.strikedesk.figures.Figure;
import org.strikedesk.ingest.ImportListener;
import org.strikedesk.ingest.ImportReport;
import org.strikedesk.trusts.Organisation;
import org.strikedesk.trusts.TrustDirectory;

/**
 * Writes the posts an import owes, inside the import's own transaction: one per subscription whose organisation
 * the import changed, and an edit of the latest earlier post about each revised figure. If this fails, the import
 * is rolled back with it, so figures never land without their posts.
 */
public final class OutboxWriter implements ImportListener {
    private final TrustDirectory directory;
    private final Clock clock;

    public OutboxWriter(TrustDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public void imported(Connection connection, ImportReport.Imported report) throws SQLException {
        List<Subscription> subscriptions = SubscriptionStore.all(connection);
        if (subscriptions.isEmpty()) {
            return;
        }
        List<PostChange> changes = report.changes().stream().map(PostChange::of).toList();
        Instant now = clock.instant();
        for (Subscription subscription : subscriptions) {
            List<PostChange> followed =
                    changes.stream().filter(c -> follows(subscription, c.org())).toList();
            if (!followed.isEmpty()) {
                owe(connection, subscription, followed, report.id(), now);
            }
        }
    }

    private static void owe(
            Connection connection, Subscription subscription, List<PostChange> changes, long importId, Instant now)
            throws SQLException {
        boolean revised = changes.stream().anyMatch(PostChange::revised);
        PostKind kind = revised ? PostKind.CORRECTION : PostKind.RELEASE;
        Set<Edit> edits = new LinkedHashSet<>();
        for (PostChange change : changes) {
            if (change.revised()) {
                Outbox.latestDeliveredCovering(connection, subscription.channelId(), change.scope())
                        .ifPresent(earlier -> edits.add(new Edit(earlier, change.scope())));
            }
        }
        PostPayload payload = PostPayload.changes(subscription.orgCode(), changes);
        long post = Outbox.add(connection, Post.Owed.figures(subscription, kind, importId, payload), now);
        for (PostChange change : changes) {
            Outbox.cover(connection, post, change.scope());
        }
        for (Edit edit : edits) {
            List<PostChange> about = changes.stream()
                    .filter(c -> c.revised() && c.scope().equals(edit.about()))
                    .toList();
            PostPayload revisions = PostPayload.changes(subscription.orgCode(), about);
            Outbox.add(connection, Post.Owed.edit(subscription, importId, revisions, edit.earlier()), now);
        }
    }

    /**
     * An earlier post to edit, because figures it reported were revised.
     *
     * @param earlier the post
     * @param about the organisation and strike whose figures were revised
     */
    private record Edit(long earlier, Figure.Scope about) {}

    /** Whether a subscription follows figures for this organisation: itself, or a trust in its region. */
    boolean follows(Subscription subscription, String orgCode) {
        if (subscription.orgCode().equals(orgCode)) {
            return true;
        }
        Optional<Organisation> followed = directory.byCode(subscription.orgCode());
        if (followed.isEmpty() || followed.get().kind() != Organisation.Kind.REGION) {
            return false;
        }
        return directory
                .byCode(orgCode)
                .map(org -> org.isTrust() && org.region() == followed.get().region())
                .orElse(false);
    }
}
