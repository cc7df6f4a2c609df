package org.strikedesk.replies;

import java.util.List;
import java.util.Objects;

/**
 * A list too long, perhaps, for one message: the lines a reply shows a page of at a time, a line before them and a
 * paragraph after them that every page repeats, and the whole list as a file, so that nothing is cut without a way to
 * see it.
 *
 * @param intro shown above the lines of each page, or empty
 * @param lines the list, one entry a line
 * @param after shown below the lines of each page, or empty
 * @param whole every entry of the list, as a file attached when it has more than one page
 */
public record Listing(String intro, List<String> lines, String after, Reply.Attachment whole) {
    public Listing {
        intro = intro == null ? "" : intro;
        lines = List.copyOf(lines);
        after = after == null ? "" : after;
        Objects.requireNonNull(whole, "whole");
    }

    /** Puts a page of a listing into a reply: which page, and how the reader reaches the others, is the pager's. */
    @FunctionalInterface
    public interface Pager {
        Reply.Builder page(Reply.Builder reply, Listing listing);
    }
}
