package org.strikedesk.trusts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The nations and NHS bodies outside England, which NHS England's figures do not cover, by every name they go by:
 * "NHS Tayside", "Tayside", "Tayside health board", "the Belfast trust", "Wales".
 */
final class OutsideEngland {
    /** Words that say what kind of body a name is, not which one. */
    private static final Set<String> GENERIC = Set.of("health", "board", "trust", "hsc", "social", "care", "nhs");

    private static final Set<String> IGNORED = Set.of("nhs", "the", "and", "of");

    /** Something outside England: a body, or the nation itself. */
    private record Place(String name, String nation) {}

    private final Map<String, Place> byKey = new HashMap<>();

    OutsideEngland(List<DevolvedBody> bodies) {
        for (String nation : DevolvedBody.NATIONS) {
            byKey.put(key(nation), new Place(nation, nation));
        }
        for (DevolvedBody body : bodies) {
            Place place = new Place(body.name(), body.nation());
            byKey.putIfAbsent(key(body.name()), place);
            body.alsoKnownAs().forEach(name -> byKey.putIfAbsent(key(name), place));
        }
    }

    /**
     * What the text names outside England, if anything: all the words of one of its names, with nothing else but
     * words such as "health board" or "trust" after them.
     */
    Optional<Resolution> named(String input) {
        List<String> words = new ArrayList<>(List.of(NameKey.words(key(input))));
        while (!words.isEmpty()) {
            Place place = byKey.get(String.join(" ", words));
            if (place != null) {
                return Optional.of(new Resolution.OutOfScope(input, place.name(), place.nation()));
            }
            if (!GENERIC.contains(words.get(words.size() - 1))) {
                break;
            }
            words.remove(words.size() - 1);
        }
        return Optional.empty();
    }

    /** A name's key without "NHS", "the", "and" and "of", so "NHS Tayside" and "Tayside" are the same. */
    private static String key(String name) {
        StringBuilder key = new StringBuilder();
        for (String word : NameKey.words(NameKey.of(name))) {
            if (!IGNORED.contains(word)) {
                key.append(key.length() == 0 ? "" : " ").append(word);
            }
        }
        return key.toString();
    }
}
