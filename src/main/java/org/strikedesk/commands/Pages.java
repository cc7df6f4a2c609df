package org.strikedesk.commands;

import java.util.List;
import java.util.Optional;
import org.strikedesk.replies.Reply;

/**
 * A long list in pages, so that nothing is cut without a way to see it: one page of lines, Previous and Next buttons
 * whose ids run the command again for that page (the page is in the id, so nothing is remembered and the buttons work
 * after a restart), and the whole list as a CSV file.
 */
public final class Pages {
    /** Lines on a page: as many as read comfortably on a phone. */
    public static final int LINES = 15;

    private Pages() {}

    /**
     * The page of {@code lines} the request's {@code page:} option asks for (the first when it is left out or past the
     * end), with what page it is, the buttons to the pages either side, and {@code whole} attached when there is more
     * than one page.
     */
    public static Reply.Builder page(
            Reply.Builder reply, List<String> lines, CommandRequest request, Reply.Attachment whole) {
        int pages = Math.max(1, (lines.size() + LINES - 1) / LINES);
        if (pages == 1) {
            return reply.text(String.join("\n", lines));
        }
        int page = request.option(Options.PAGE)
                .flatMap(Pages::number)
                .filter(n -> n >= 1 && n <= pages)
                .orElse(1);
        List<String> shown = lines.subList((page - 1) * LINES, Math.min(lines.size(), page * LINES));
        reply.text(String.join("\n", shown) + "\nPage " + page + " of " + pages + "; the whole list is attached.")
                .attachment(whole);
        if (page > 1) {
            Rerun.button(request, Options.PAGE, Integer.toString(page - 1))
                    .ifPresent(id -> reply.action(id, "Previous"));
        }
        if (page < pages) {
            Rerun.button(request, Options.PAGE, Integer.toString(page + 1)).ifPresent(id -> reply.action(id, "Next"));
        }
        return reply;
    }

    private static Optional<Integer> number(String text) {
        try {
            return Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
