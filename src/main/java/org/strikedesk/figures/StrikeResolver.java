package org.strikedesk.figures;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.strikedesk.trusts.NameKey;

/**
 * Turns a strike option into a strike: an id ({@code 2023-04-junior-doctors}), {@code latest}, {@code all}, or
 * words such as {@code april 2023} or {@code nurses december 2022}. Months and years match the strike's days;
 * other words match its staff group, unions and id.
 */
public final class StrikeResolver {
    private static final Set<String> FILLER = Set.of("strike", "strikes", "the", "of", "in", "on", "and", "action");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\b(\\d{4}) (0[1-9]|1[0-2])\\b");
    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

    private final StrikeCalendar calendar;

    public StrikeResolver(StrikeCalendar calendar) {
        this.calendar = calendar;
    }

    /** Resolves the option; empty means the latest. */
    public StrikeChoice resolve(String input) {
        String key = NameKey.of(input);
        if (key.isEmpty() || key.equals("latest") || key.equals("newest") || key.equals("last")) {
            return new StrikeChoice.Latest();
        }
        if (key.equals("all") || key.equals("every") || key.equals("all strikes")) {
            return new StrikeChoice.All();
        }
        var exact = calendar.byId(input);
        if (exact.isPresent()) {
            return new StrikeChoice.One(exact.get());
        }
        List<Strike> matches = rank(input, 25);
        if (matches.size() > 1) {
            matches = startingInNamedMonth(matches, NameKey.words(yearMonthAsWords(key)));
        }
        if (matches.size() == 1) {
            return new StrikeChoice.One(matches.get(0));
        }
        if (matches.isEmpty()) {
            return new StrikeChoice.NotFound(input, suggest(key), false);
        }
        return new StrikeChoice.NotFound(input, matches, true);
    }

    /** Strikes that fit the words, newest first; every strike when the input is empty. */
    public List<Strike> rank(String input, int limit) {
        String[] words = NameKey.words(yearMonthAsWords(NameKey.of(input)));
        List<Strike> matches = new ArrayList<>();
        for (Strike strike : calendar.newestFirst()) {
            if (fits(strike, words)) {
                matches.add(strike);
            }
        }
        return matches.stream().limit(limit).toList();
    }

    private static boolean fits(Strike strike, String[] words) {
        String[] own = NameKey.words(
                NameKey.of(strike.id() + " " + strike.staffGroup() + " " + String.join(" ", strike.unions())));
        for (String word : words) {
            if (FILLER.contains(word)) {
                continue;
            }
            if (!fitsWord(strike, own, word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean fitsWord(Strike strike, String[] own, String word) {
        Optional<Month> month = month(word);
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

    /**
     * "april 2023" means the strike held in April 2023, not one that began on 30 April and ran into May: when a
     * month is named, strikes with most of their days in it are preferred, if there are any.
     */
    private static List<Strike> startingInNamedMonth(List<Strike> matches, String[] words) {
        List<Month> months =
                Arrays.stream(words).flatMap(word -> month(word).stream()).toList();
        if (months.isEmpty()) {
            return matches;
        }
        List<Strike> mostlyIn = matches.stream()
                .filter(s -> 2
                                * s.days().stream()
                                        .filter(d -> months.contains(d.getMonth()))
                                        .count()
                        > s.days().size())
                .toList();
        return mostlyIn.isEmpty() ? matches : mostlyIn;
    }

    /** Reads "2023 04" (from an id such as 2023-04) as "2023 april". */
    private static String yearMonthAsWords(String key) {
        Matcher matcher = YEAR_MONTH.matcher(key);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Month month = Month.of(Integer.parseInt(matcher.group(2)));
            matcher.appendReplacement(out, matcher.group(1) + " " + month.name().toLowerCase(Locale.ROOT));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Reads a month from its name or the start of it ("apr", "april"). */
    static Optional<Month> month(String word) {
        if (word.length() < 3) {
            return Optional.empty();
        }
        return Arrays.stream(Month.values())
                .filter(month -> month.getDisplayName(TextStyle.FULL, Locale.UK)
                        .toLowerCase(Locale.ROOT)
                        .startsWith(word))
                .findFirst();
    }

    private List<Strike> suggest(String key) {
        return calendar.newestFirst().stream()
                .filter(s -> SIMILARITY.apply(key, NameKey.of(s.id())) > 0.75
                        || SIMILARITY.apply(key, NameKey.of(s.staffGroup())) > 0.8)
                .sorted(Comparator.comparing((Strike s) -> -SIMILARITY.apply(key, NameKey.of(s.id()))))
                .limit(5)
                .toList();
    }
}
