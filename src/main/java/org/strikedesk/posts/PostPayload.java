package org.strikedesk.posts;

import java.util.List;

/**
 * What a post says, stored with it in the outbox and rendered when it is delivered.
 *
 * @param changes the figures it reports (releases, corrections, summaries, edits)
 * @param org what a digest reports on, or what a subscription follows
 * @param note free text for alerts
 */
public record PostPayload(List<PostChange> changes, String org, String note) {
    public PostPayload {
        changes = changes == null ? List.of() : List.copyOf(changes);
        note = note == null ? "" : note;
    }

    public static PostPayload changes(String org, List<PostChange> changes) {
        return new PostPayload(changes, org, "");
    }

    public static PostPayload note(String note) {
        return new PostPayload(List.of(), null, note);
    }
}
