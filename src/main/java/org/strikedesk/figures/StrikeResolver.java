package org.strikedesk.figures;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.strikedesk.trusts.NameKey;

/**
 * Turns a strike option into a strike: an id ({@code 2023-04-junior-doctors}), {@code latest} (or "most recent"),
 * {@code all}, a date on a strike day or a strike's dates as people write them ({@code 2023-04-12},
 * {@code 12/04/2023}, NHS England's {@code 11-15 April 2023}), or words such as {@code april 2023},
 * {@code consultants august 2023} or {@code physios february}. Months and years match the strike's days; other
 * words match its staff group (junior and resident doctors are one group, renamed in 2024), unions and id.
 */
public final class StrikeResolver {
    private static final Set<String> LATEST = Set.of("latest", "newest", "last", "most recent", "recent", "current");
    private static final Set<String> ALL = Set.of("all", "every", "all of them", "every one");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\b(\\d{4}) (0[1-9]|1[0-2])\\b");
    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

    private final StrikeCalendar calendar;
    private final List<Integer> years;

    public StrikeResolver(StrikeCalendar calendar) {
        this.calendar = calendar;
        this.years = calendar.all().stream()
                .flatMap(s -> s.days().stream())
                .map(LocalDate::getYear)
                .distinct()
                .sorted()
                .toList();
    }

    /** Resolves the option; empty means the latest. */
    public StrikeChoice resolve(String input) {
        return resolve(input, Set.of());
    }

    /**
     * Resolves the option; where several strikes fit, those in {@code preferred} (the strikes with figures for what
     * is asked about) are chosen over the others.
     */
    public StrikeChoice resolve(String input, Set<String> preferred) {
        String significant = String.join(" ", StrikeWords.significant(NameKey.words(NameKey.of(input))));
        if (significant.isEmpty() || LATEST.contains(significant)) {
            return new StrikeChoice.Latest();
        }
        if (ALL.contains(significant)) {
            return new StrikeChoice.All();
        }
        Optional<Strike> exact = calendar.byId(input);
        if (exact.isPresent()) {
            return new StrikeChoice.One(exact.get());
        }
        Query query = query(input);
        List<Strike> matches = matching(query);
        if (matches.size() > 1) {
            matches = mostlyInNamedMonth(matches, query.words());
        }
        List<Strike> withFigures =
                matches.stream().filter(s -> preferred.contains(s.id())).toList();
        if (matches.size() > 1 && !withFigures.isEmpty()) {
            matches = withFigures;
        }
        if (matches.size() == 1) {
            return new StrikeChoice.One(matches.get(0));
        }
        if (matches.isEmpty()) {
            return notFound(input, query);
        }
        return new StrikeChoice.NotFound(input, matches, StrikeChoice.Reason.SEVERAL);
    }

    /** Strikes that fit the words, newest first; every strike when the input is empty. */
    public List<Strike> rank(String input, int limit) {
        return matching(query(input)).stream().limit(limit).toList();
    }

    /**
     * What an option says: the dates written in it, and its other words.
     *
     * @param spans every reading of the dates written, empty when none was
     * @param words the other words, with "2023 04" read as "2023 april"
     */
    @SuppressWarnings("ArrayRecordComponent") // read word by word, never compared
    private record Query(List<StrikeDates.Span> spans, String[] words) {}

    private Query query(String input) {
        StrikeDates.Reading reading = StrikeDates.read(input == null ? "" : input, years);
        return new Query(reading.spans(), NameKey.words(yearMonthAsWords(NameKey.of(reading.rest()))));
    }

    /**
     * Strikes that fit, newest first. A range written as NHS England labels a strike matches the strike that begins
     * on its first day and ends on its last day or the day before (NHS England counts to 7am on the day after);
     * failing that, the strikes with a day in the range.
     */
    private List<Strike> matching(Query query) {
        List<Strike> byWords = calendar.newestFirst().stream()
                .filter(strike -> StrikeWords.fit(strike, query.words()))
                .toList();
        if (query.spans().isEmpty()) {
            return byWords;
        }
        List<Strike> labelled = byWords.stream()
                .filter(strike -> query.spans().stream().anyMatch(span -> labels(span, strike)))
                .toList();
        if (!labelled.isEmpty()) {
            return labelled;
        }
        return byWords.stream()
                .filter(strike -> query.spans().stream().anyMatch(span -> overlaps(span, strike)))
                .toList();
    }

    private static boolean labels(StrikeDates.Span span, Strike strike) {
        if (span.oneDay()) {
            return strike.isStrikeDay(span.first());
        }
        return strike.firstDay().equals(span.first())
                && (strike.lastDay().equals(span.last())
                        || strike.lastDay().equals(span.last().minusDays(1)));
    }

    private static boolean overlaps(StrikeDates.Span span, Strike strike) {
        return strike.days().stream().anyMatch(day -> !day.isBefore(span.first()) && !day.isAfter(span.last()));
    }

    /**
     * "april 2023" means the strike held in April 2023, not one that began on 30 April and ran into May: when a
     * month is named, strikes with most of their days in it are preferred, if there are any.
     */
    private static List<Strike> mostlyInNamedMonth(List<Strike> matches, String[] words) {
        List<Month> months = Arrays.stream(words)
                .map(StrikeDates::month)
                .flatMap(Optional::stream)
                .toList();
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

    /**
     * Why nothing fits: every date, year or month and year written lies outside the calendar; a day written had
     * no strike (the nearest strikes are offered); or nothing like it is in the calendar.
     */
    private StrikeChoice notFound(String input, Query query) {
        List<StrikeDates.Span> when = new ArrayList<>(query.spans());
        when.addAll(monthsAndYears(query.words()));
        if (when.isEmpty() || calendar.isEmpty()) {
            return new StrikeChoice.NotFound(input, suggest(NameKey.of(input)), StrikeChoice.Reason.NONE);
        }
        LocalDate first = calendar.all().get(0).firstDay();
        LocalDate last = calendar.newestFirst().get(0).lastDay();
        boolean outside = when.stream()
                .allMatch(span -> span.last().isBefore(first) || span.first().isAfter(last));
        if (outside) {
            return new StrikeChoice.NotFound(input, List.of(), StrikeChoice.Reason.OUTSIDE_CALENDAR);
        }
        if (query.spans().isEmpty()) {
            return new StrikeChoice.NotFound(input, suggest(NameKey.of(input)), StrikeChoice.Reason.NONE);
        }
        return new StrikeChoice.NotFound(input, nearest(query.spans().get(0)), StrikeChoice.Reason.NO_STRIKE_THEN);
    }

    /** The months (or whole years) the words name with a year: "march 2026", "2021". */
    private static List<StrikeDates.Span> monthsAndYears(String[] words) {
        List<Integer> named = Arrays.stream(words)
                .filter(w -> w.matches("\\d{4}"))
                .map(Integer::parseInt)
                .toList();
        List<Month> months = Arrays.stream(words)
                .map(StrikeDates::month)
                .flatMap(Optional::stream)
                .toList();
        List<StrikeDates.Span> spans = new ArrayList<>();
        for (int year : named) {
            if (months.isEmpty()) {
                spans.add(new StrikeDates.Span(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
            }
            for (Month month : months) {
                YearMonth yearMonth = YearMonth.of(year, month);
                spans.add(new StrikeDates.Span(yearMonth.atDay(1), yearMonth.atEndOfMonth()));
            }
        }
        return spans;
    }

    /** The strikes with the last strike day before the span and the first after it, newest first. */
    private List<Strike> nearest(StrikeDates.Span span) {
        Optional<Strike> before = calendar.all().stream()
                .filter(s -> lastDayBefore(s, span.first()).isPresent())
                .max(Comparator.comparing(s -> lastDayBefore(s, span.first()).orElseThrow()));
        Optional<Strike> after = calendar.all().stream()
                .filter(s -> firstDayAfter(s, span.last()).isPresent())
                .min(Comparator.comparing(s -> firstDayAfter(s, span.last()).orElseThrow()));
        return Stream.of(after, before)
                .flatMap(Optional::stream)
                .distinct()
                .sorted(Comparator.comparing(Strike::firstDay).reversed())
                .toList();
    }

    private static Optional<LocalDate> lastDayBefore(Strike strike, LocalDate day) {
        return strike.days().stream().filter(d -> d.isBefore(day)).max(Comparator.naturalOrder());
    }

    private static Optional<LocalDate> firstDayAfter(Strike strike, LocalDate day) {
        return strike.days().stream().filter(d -> d.isAfter(day)).min(Comparator.naturalOrder());
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

    private List<Strike> suggest(String key) {
        return calendar.newestFirst().stream()
                .filter(s -> SIMILARITY.apply(key, NameKey.of(s.id())) > 0.75
                        || SIMILARITY.apply(key, NameKey.of(s.staffGroup())) > 0.8)
                .sorted(Comparator.comparing((Strike s) -> -SIMILARITY.apply(key, NameKey.of(s.id()))))
                .limit(5)
                .toList();
    }
}
