package org.strikedesk.trusts;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Turns the register's upper-case names into their official title-case form. */
public final class TrustNames {
    private static final Set<String> LOWER = Set.of("and", "of", "for", "upon", "the", "on", "in", "at", "with");
    private static final Set<String> UPPER = Set.of("NHS", "ICB", "UK");

    private TrustNames() {}

    /**
     * Title-cases a register name: {@code GUY'S AND ST THOMAS' NHS FOUNDATION TRUST} becomes {@code Guy's and St
     * Thomas' NHS Foundation Trust}. Small words stay lower case except at the start; NHS stays upper case.
     */
    public static String titleCase(String registerName) {
        String[] words = registerName.trim().split("\\s+", -1);
        return IntStream.range(0, words.length)
                .mapToObj(i -> word(words[i], i == 0))
                .collect(Collectors.joining(" "));
    }

    private static String word(String word, boolean first) {
        String bare = word.replaceAll("[^A-Za-z]", "");
        if (UPPER.contains(bare.toUpperCase(Locale.ROOT))) {
            return word.toUpperCase(Locale.ROOT);
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (!first && LOWER.contains(bare.toLowerCase(Locale.ROOT))) {
            return lower;
        }
        StringBuilder out = new StringBuilder(lower);
        boolean startOfPart = true;
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (Character.isLetter(c)) {
                if (startOfPart) {
                    out.setCharAt(i, Character.toUpperCase(c));
                }
                startOfPart = false;
            } else if (c == '-' || c == '(' || c == '/') {
                startOfPart = true;
            }
        }
        return out.toString();
    }
}
