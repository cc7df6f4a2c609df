package org.strikedesk.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.strikedesk.replies.Listing;
import org.strikedesk.replies.Reply;

/**
 * A long list in pages, so that nothing is cut without a way to see it: one page of lines, Previous and Next buttons
 * whose ids say which page to show (the page is in the id, so nothing is remembered and the buttons work after a
 * restart), and the whole list as a CSV file. Every paged list pages this way: {@code /strikes}, {@code /national
 * strike:all}, {@code /trust england}, and the sources behind a reply.
 */
public final class Pages {
    /** Lines on a page: as many as read comfortably on a phone. */
    public static final int LINES = 15;

    /** The option every paged command takes, saying which page to show. */
    public static final OptionSpec OPTION =
            OptionSpec.integer(Options.PAGE, "Which page of the list (default: 1)", false, 1, 99);

    private Pages() {}

    /**
     * The page of {@code lines} the request's {@code page:} option asks for (the first when it is left out or past the
     * end), with what page it is, the buttons to the pages either side, and {@code whole} attached when there is more
     * than one page.
     */
    public static Reply.Builder page(
            Reply.Builder reply, List<String> lines, CommandRequest request, Reply.Attachment whole) {
        return pager(request).page(reply, new Listing("", lines, "", whole));
    }

    /** Pages of a listing for the command that answers {@code request}: its buttons run the command again. */
    public static Listing.Pager pager(CommandRequest request) {
        int asked = request.option(Options.PAGE).flatMap(Pages::number).orElse(1);
        return (reply, listing) ->
                page(reply, listing, asked, page -> Rerun.button(request, Options.PAGE, Integer.toString(page)));
    }

    /**
     * Page {@code asked} of a listing (the first when it is past either end), with buttons whose ids {@code pageId}
     * writes (a page whose id would not fit has no button; the attached list still has it).
     */
    public static Reply.Builder page(
            Reply.Builder reply, Listing listing, int asked, IntFunction<Optional<String>> pageId) {
        List<String> lines = listing.lines();
        int pages = Math.max(1, (lines.size() + LINES - 1) / LINES);
        int page = asked >= 1 && asked <= pages ? asked : 1;
        List<String> text = new ArrayList<>();
        if (!listing.intro().isEmpty()) {
            text.add(listing.intro());
        }
        text.addAll(lines.subList((page - 1) * LINES, Math.min(lines.size(), page * LINES)));
        if (pages > 1) {
            text.add("Page " + page + " of " + pages + "; the whole list is attached.");
            reply.attachment(listing.whole());
        }
        if (!listing.after().isEmpty()) {
            text.add(listing.after());
        }
        reply.text(String.join("\n", text));
        if (page > 1) {
            pageId.apply(page - 1).ifPresent(id -> reply.action(id, "Previous"));
        }
        if (page < pages) {
            pageId.apply(page + 1).ifPresent(id -> reply.action(id, "Next"));
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
