package org.strikedesk.commands;

import java.util.List;
import org.strikedesk.replies.Reply;

/** Something with a state worth showing in {@code /status}: the poller, the posts, the schedules. */
@FunctionalInterface
public interface StatusContributor {
    List<Reply.Field> status();
}
