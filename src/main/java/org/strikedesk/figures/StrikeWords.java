package org.strikedesk.figures;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.strikedesk.trusts.NameKey;

/**
 * The words of a strike option other than its dates: months and years match a strike's days, a number its days of
 * the month, other words the start of a word of its staff group, unions or id ("physios" fits Physiotherapists).
 * Junior and resident doctors are one group (the BMA renamed it in 2024), and a few other words people use for a
 * group are read as the calendar's.
 */
final class StrikeWords {
    private static final Set<String> FILLER =
            Set.of("strike", "strikes", "the", "of", "in", "on", "and", "action", "walkout", "walkouts", "by", "from");

    /** Other words people use for a staff group, each read as any of the words listed. */
    private static final Map<String, List<String>> SYNONYMS = Map.ofEntries(
            Map.entry("junior", List.of("junior", "resident")),
            Map.entry("juniors", List.of("junior", "resident")),
            Map.entry("jd", List.of("junior", "resident")),
            Map.entry("jds", List.of("junior", "resident")),
            Map.entry("resident", List.of("resident", "junior")),
            Map.entry("residents", List.of("resident", "junior")),
            Map.entry("paramedic", List.of("ambulance")),
            Map.entry("paramedics", List.of("ambulance")),
            Map.entry("physiotherapy", List.of("physio")),
            Map.entry("nursing", List.of("nurse")));

    private StrikeWords() {}

    /** True when every significant word fits the strike. */
    static boolean fit(Strike strike, String[] words) {
        String[] own = NameKey.words(
                NameKey.of(strike.id() + " " + strike.staffGroup() + " " + String.join(" ", strike.unions())));
        for (String word : significant(words)) {
            boolean fits = SYNONYMS.getOrDefault(word, List.of(word)).stream()
                    .anyMatch(alternative -> fitsWord(strike, own, alternative));
            if (!fits) {
                return false;
            }
        }
        return true;
    }

    /** The words that say something, with "most recent" kept as one. */
    static List<String> significant(String[] words) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            boolean mostRecent = words[i].equals("most") && i + 1 < words.length && words[i + 1].equals("recent");
            if (mostRecent) {
                kept.add("most recent");
                i++;
            } else if (!FILLER.contains(words[i])) {
                kept.add(words[i]);
            }
        }
        return kept;
    }

    private static boolean fitsWord(Strike strike, String[] own, String word) {
        Optional<Month> month = StrikeDates.month(word);
        if (month.isPresent()) {
            return strike.days().stream().anyMatch(day -> day.getMonth() == month.get());
        }
        if (word.matches("\\d{4}")) {
            int year = Integer.parseInt(word);
            return strike.days().stream().anyMatch(day -> day.getYear() == year);
        }
        if (word.matches("\\d{1,2}")) {
            int dayOfMonth = Integer.parseInt(word);
            return strike.days().stream().map(LocalDate::getDayOfMonth).anyMatch(d -> d == dayOfMonth);
        }
        for (String candidate : own) {
            if (candidate.startsWith(word)
                    || (word.length() > 3
                            && word.endsWith("s")
                            && candidate.startsWith(word.substring(0, word.length() - 1)))) {
                return true;
            }
        }
        return false;
    }
}
