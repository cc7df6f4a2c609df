package org.strikedesk.ingest.errors;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Finds what someone probably meant to type, among the words that are allowed. */
public final class ClosestWord {
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private ClosestWord() {}

    /** The allowed word nearest the input, if it is near enough to be a likely typo. */
    public static Optional<String> among(String input, Collection<String> allowed) {
        String wanted = input == null ? "" : input.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String word : allowed) {
            int distance = DISTANCE.apply(wanted, word.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = word;
                bestDistance = distance;
            }
        }
        int tolerance = Math.max(2, wanted.length() / 3);
        return bestDistance <= tolerance ? Optional.ofNullable(best) : Optional.empty();
    }

    /** "; did you mean "x"?" or nothing. */
    public static String hint(String input, Collection<String> allowed) {
        return among(input, allowed)
                .map(word -> "; did you mean \"" + word + "\"?")
                .orElse("");
    }
}
