package org.strikedesk.posts;

/** What a post is for. Only the outbox knows how each is stored. */
public enum PostKind {
    /** New figures for what a channel follows. */
    RELEASE,
    /** Figures for what a channel follows were revised (possibly with new ones). */
    CORRECTION,
    /** An earlier post is edited to show a revision. */
    EDIT,
    /** A scheduled digest of the latest figures. */
    DIGEST,
    /** Several releases that waited for one channel, posted together. */
    SUMMARY,
    /** A report to the people who subscribed that a channel cannot be posted in. */
    ALERT,
    /** To the editors' channel: an import the plausibility gate held, with Approve and Reject buttons. */
    REVIEW,
    /** To the editors' channel: figures people were shown were revised, and who they were. */
    CORRECTION_NOTICE,
    /** To subscribed channels: a strike's figures are overdue. */
    OVERDUE;

    /** Whether a later revision of its figures edits a delivered post of this kind: the posts that report them. */
    public boolean revisable() {
        return switch (this) {
            case RELEASE, CORRECTION, SUMMARY -> true;
            case EDIT, DIGEST, ALERT, REVIEW, CORRECTION_NOTICE, OVERDUE -> false;
        };
    }

    /** Whether posts of this kind that waited for one channel are merged into a summary. */
    public boolean mergeable() {
        return switch (this) {
            case RELEASE, CORRECTION -> true;
            case EDIT, DIGEST, SUMMARY, ALERT, REVIEW, CORRECTION_NOTICE, OVERDUE -> false;
        };
    }

    /** Whether posts of this kind are notices to people, written whole when they are owed. */
    public boolean notice() {
        return switch (this) {
            case REVIEW, CORRECTION_NOTICE, OVERDUE -> true;
            case RELEASE, CORRECTION, EDIT, DIGEST, SUMMARY, ALERT -> false;
        };
    }
}
