package org.strikedesk.trusts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The initialisms newsrooms make of trust and hospital names: {@code LTHT} for Leeds Teaching Hospitals NHS Trust,
 * {@code UHCW} for University Hospitals Coventry and Warwickshire NHS Trust (its name without "Trust"), {@code LGI}
 * for Leeds General Infirmary. "NHS" and the small words (the, and, of, for) are left out, as people do.
 */
final class Initialisms {
    /** Fewer letters than this name too many things to mean one trust. */
    static final int SHORTEST = 3;

    private static final Set<String> LEFT_OUT = Set.of("nhs", "the", "and", "of", "for");
    private static final List<List<String>> TRUST_ENDINGS = List.of(List.of("foundation", "trust"), List.of("trust"));

    private Initialisms() {}

    /** A trust's initialisms: of its whole name, and of its name without "(Foundation) Trust" at the end. */
    static Set<String> ofTrust(String name) {
        List<String> words = significant(name);
        Set<String> initialisms = new LinkedHashSet<>();
        add(initialisms, words);
        for (List<String> ending : TRUST_ENDINGS) {
            if (endsWith(words, ending)) {
                add(initialisms, words.subList(0, words.size() - ending.size()));
                break;
            }
        }
        return initialisms;
    }

    /** A hospital's initialism, if its name has enough words: "Leeds General Infirmary" gives {@code LGI}. */
    static Set<String> ofSite(String name) {
        Set<String> initialisms = new LinkedHashSet<>();
        add(initialisms, significant(name));
        return initialisms;
    }

    private static List<String> significant(String name) {
        List<String> words = new ArrayList<>();
        for (String word : NameKey.words(NameKey.of(name))) {
            if (!LEFT_OUT.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    private static void add(Set<String> initialisms, List<String> words) {
        if (words.size() < SHORTEST) {
            return;
        }
        StringBuilder letters = new StringBuilder(words.size());
        for (String word : words) {
            letters.append(word.charAt(0));
        }
        initialisms.add(letters.toString());
    }

    private static boolean endsWith(List<String> words, List<String> ending) {
        return words.size() > ending.size()
                && words.subList(words.size() - ending.size(), words.size()).equals(ending);
    }
}
