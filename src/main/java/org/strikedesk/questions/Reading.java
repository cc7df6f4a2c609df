package org.strikedesk.questions;

import java.util.List;
import org.strikedesk.replies.Ellipsis;

/** How a question was read: as a command, as a question to ask back, or not at all. */
public sealed interface Reading {

    /**
     * The question is answered by this command.
     *
     * @param command the command
     * @param readAs a line for each name in words read as a trust by a hospital, initials or part of its name (see
     *     {@code ReadAs}), shown with the answer
     */
    record Understood(AskedCommand command, List<String> readAs) implements Reading {
        public Understood {
            readAs = List.copyOf(readAs);
        }

        Understood(AskedCommand command) {
            this(command, List.of());
        }
    }

    /**
     * Part of the question fits more than one thing (two trusts called QEH, several strikes in April), or fits
     * nothing but looks like something: it is asked back, with each choice as the command that answers it.
     *
     * @param title the question asked back: "Which trust?"
     * @param text what fits, one line a choice
     * @param choices the choices, best first
     */
    record Unclear(String title, String text, List<Candidate> choices) implements Reading {
        public Unclear {
            choices = List.copyOf(choices);
        }
    }

    /**
     * The question is understood but cannot be answered by one command (three trusts compared).
     *
     * @param title a heading
     * @param text why, and what can be asked instead
     */
    record Unanswerable(String title, String text) implements Reading {}

    /** Nothing in the question was understood. */
    record NotUnderstood() implements Reading {}

    /**
     * One choice offered when a question is asked back.
     *
     * @param label what the choice is, for a button (a trust's name and code, a strike's name and dates)
     * @param command the command that answers the question with this choice
     */
    record Candidate(String label, AskedCommand command) {
        /** Discord's limit on a button's label. */
        public static final int LONGEST_LABEL = 80;

        public Candidate {
            label = Ellipsis.shorten(label, LONGEST_LABEL);
        }
    }
}
