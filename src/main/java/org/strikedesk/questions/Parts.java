package org.strikedesk.questions;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A question taken apart: the names in it, the words that say which strike, the words that say what is asked, and
 * the words not understood. Every word counts for one part only.
 *
 * @param names the runs of words read as names, in order, each with what it resolved to
 * @param strike the words that say which strike, in order
 * @param cues what the question asks for
 * @param unknown runs of words read as nothing, in order
 * @param limit how many trusts a ranking should list ("top 5"), if said
 * @param everyStrike true when the question asks about every strike ("all strikes")
 */
record Parts(
        List<Span> names,
        List<Token> strike,
        Set<Cue> cues,
        List<List<Token>> unknown,
        OptionalInt limit,
        boolean everyStrike) {

    Parts {
        names = List.copyOf(names);
        strike = List.copyOf(strike);
        cues = cues.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(cues));
        unknown = unknown.stream().map(List::copyOf).toList();
    }

    boolean asks(Cue cue) {
        return cues.contains(cue);
    }

    /** The words not understood, as one text: the longest run. */
    Optional<String> longestUnknown() {
        return unknown.stream()
                .max((a, b) -> Integer.compare(a.size(), b.size()))
                .map(Span::text);
    }

    /** Whether any word says which strike, beyond "strike" itself. */
    boolean namesStrike() {
        return strike.stream()
                .anyMatch(token -> !(token.kind() == Token.Kind.WORD && Vocabulary.isStrikeWord(token.key())));
    }

    static List<List<Token>> runs(List<Token> tokens, List<Integer> positions) {
        List<List<Token>> runs = new ArrayList<>();
        int previous = -2;
        for (int position : positions) {
            if (position != previous + 1 || runs.isEmpty()) {
                runs.add(new ArrayList<>());
            }
            runs.get(runs.size() - 1).add(tokens.get(position));
            previous = position;
        }
        return runs;
    }
}
