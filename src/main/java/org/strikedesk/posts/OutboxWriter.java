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
import org.strikedesk.ingest.FigureChange;
import org.strikedesk.ingest.HeldImport;
import org.strikedesk.ingest.ImportListener;
import org.strikedesk.ingest.ImportReport;
import org.strikedesk.trusts.Organisation;
import org.strikedesk.trusts.TrustDirectory;

/**
 * Writes the posts an import owes, inside the import's own transaction: one per subscription whose organisation
 * the import changed, and an edit of the latest earlier post about each revised figure. If this fails, the import
 * is rolled back with it, so figures never land without their posts. An import the plausibility gate held owes the
 * same posts, held: approving it releases them, rejecting it withdraws them.
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
        oweAll(connection, report.id(), report.changes(), PostStatus.PENDING);
    }

    @Override
    public void held(Connection connection, ImportReport.Held report) throws SQLException {
        oweAll(connection, report.id(), report.changes(), PostStatus.HELD);
    }

    /**
     * Releases the posts a held import owes. If another import changed the same figures while it waited, what it
     * changes now is not what they say: they are withdrawn, and the posts it owes now are written instead.
     */
    @Override
    public void approved(Connection connection, ImportListener.Approval approval) throws SQLException {
        long importId = approval.held().id();
        if (approval.asHeld()) {
            Outbox.release(connection, importId, clock.instant());
            return;
        }
        Outbox.withdraw(connection, importId);
        oweAll(connection, importId, approval.changes(), PostStatus.PENDING);
    }

    @Override
    public void rejected(Connection connection, HeldImport rejected) throws SQLException {
        Outbox.withdraw(connection, rejected.id());
    }

    private void oweAll(Connection connection, long importId, List<FigureChange> figureChanges, PostStatus status)
            throws SQLException {
        List<Subscription> subscriptions = SubscriptionStore.all(connection);
        if (subscriptions.isEmpty() || figureChanges.isEmpty()) {
            return;
        }
        List<PostChange> changes = figureChanges.stream().map(PostChange::of).toList();
        Instant now = clock.instant();
        for (Subscription subscription : subscriptions) {
            List<PostChange> followed =
                    changes.stream().filter(c -> follows(subscription, c.org())).toList();
            if (!followed.isEmpty()) {
                owe(connection, subscription, followed, importId, status, now);
            }
        }
    }

    private static void owe(
            Connection connection,
            Subscription subscription,
            List<PostChange> changes,
            long importId,
            PostStatus status,
            Instant now)
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
        long post = Outbox.add(connection, Post.Owed.figures(subscription, kind, importId, payload), status, now);
        for (PostChange change : changes) {
            Outbox.cover(connection, post, change.scope());
        }
        for (Edit edit : edits) {
            List<PostChange> about = changes.stream()
                    .filter(c -> c.revised() && c.scope().equals(edit.about()))
                    .toList();
            PostPayload revisions = PostPayload.changes(subscription.orgCode(), about);
            Outbox.add(connection, Post.Owed.edit(subscription, importId, revisions, edit.earlier()), status, now);
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
