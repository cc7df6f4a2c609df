package org.strikedesk.questions;

import java.util.List;
import java.util.stream.Collectors;
import org.strikedesk.trusts.Resolution;

/**
 * Words of a question read as one name, and what the name resolved to.
 *
 * @param from the index of its first word among the question's tokens
 * @param tokens the words, in order
 * @param resolution the organisation they name, or why they name no one organisation
 */
record Span(int from, List<Token> tokens, Resolution resolution) {
    Span {
        tokens = List.copyOf(tokens);
    }

    /** The words as keyed, joined by spaces: what was given to the resolver. */
    String text() {
        return text(tokens);
    }

    static String text(List<Token> tokens) {
        return tokens.stream().map(Token::key).collect(Collectors.joining(" "));
    }

    /** The index just after its last word. */
    int to() {
        return from + tokens.size();
    }
}
