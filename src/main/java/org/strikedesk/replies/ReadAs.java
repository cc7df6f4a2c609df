package org.strikedesk.replies;

import java.util.List;
import java.util.Optional;
import org.strikedesk.trusts.Organisation;
import org.strikedesk.trusts.TrustMatch;

/**
 * The line that says how a name typed for a trust was read, when it did not name the trust outright: "Read “st
 * thomas” as Guy's and St Thomas' NHS Foundation Trust (RJ1), by its hospital St Thomas'." A trust's code, its
 * official name or a newsroom's name for it says nothing. The line goes with the reply's other notes, never into
 * text meant to be copied.
 */
public final class ReadAs {
    /** How much of what was typed the line quotes. */
    static final int QUOTED = 60;

    private ReadAs() {}

    /** The line for a name read as this match, or nothing when the name was the trust's own. */
    public static Optional<String> line(String typed, TrustMatch match) {
        if (match.outright()) {
            return Optional.empty();
        }
        Organisation org = match.organisation();
        return Optional.of("Read \u201c" + Ellipsis.clip(typed.strip(), QUOTED) + "\u201d as " + org.displayName()
                + " (" + org.code() + ")" + how(match) + ".");
    }

    private static String how(TrustMatch match) {
        return switch (match.via()) {
            case SITE -> ", by its hospital " + match.matched();
            case INITIALISM -> ", by the initials " + match.matched();
            case ALIAS -> ", by the name " + match.matched();
            case NAME -> ", by words of its name";
            case CODE -> ", by the start of its code";
        };
    }

    /** The reply with these lines under its text, where its other notes go; the reply itself when there are none. */
    public static Reply noted(Reply reply, List<String> lines) {
        if (lines.isEmpty()) {
            return reply;
        }
        String notes = String.join("\n", lines);
        return reply.toBuilder()
                .text(reply.text().isEmpty() ? notes : reply.text() + "\n" + notes)
                .build();
    }
}
