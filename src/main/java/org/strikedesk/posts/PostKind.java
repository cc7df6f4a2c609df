package org.strikedesk.posts;

/** What a post is for. */
public enum PostKind {
    /** New figures for what a channel follows. */
    RELEASE("release"),
    /** Figures for what a channel follows were revised (possibly with new ones). */
    CORRECTION("correction"),
    /** An earlier post is edited to show a revision. */
    EDIT("edit"),
    /** A scheduled digest of the latest figures. */
    DIGEST("digest"),
    /** Several releases that waited for one channel, posted together. */
    SUMMARY("summary"),
    /** A report to the people who subscribed that a channel cannot be posted in. */
    ALERT("alert");

    private final String id;

    PostKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static PostKind byId(String id) {
        for (PostKind kind : values()) {
            if (kind.id.equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown post kind " + id);
    }
}
