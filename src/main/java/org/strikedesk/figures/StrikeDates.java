package org.strikedesk.figures;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates in a strike option, as people write them: NHS England's own labels ({@code 11-15 April 2023},
 * {@code 13–18 July}, {@code 30 April - 1 May 2023}), one day in ISO or British form ({@code 2023-04-12},
 * {@code 12/04/2023}, {@code 12 April 2023}, {@code 12th April}). A date without a year may be in any year of the
 * calendar. What is left once the dates are taken out is read as words (staff group, union, month, year).
 */
final class StrikeDates {
    private static final String MONTH = "([a-z]{3,9})";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "(?:\\s*,?\\s*(\\d{4}))?";
    /** Between the first and last day: a dash, "to", or "and" for two days ("15 and 20 December 2022"). */
    private static final String DASH = "\\s*(?:-|\u2013|\u2014|to|until|and|&)\\s*";

    /** "30 April - 1 May 2023". */
    private static final Pattern RANGE_OVER_MONTHS =
            Pattern.compile("\\b" + DAY + "\\s+" + MONTH + DASH + DAY + "\\s+" + MONTH + YEAR + "\\b");
    /** "11-15 April 2023", "13–18 July". */
    private static final Pattern RANGE = Pattern.compile("\\b" + DAY + DASH + DAY + "\\s+" + MONTH + YEAR + "\\b");
    /** "2023-04-12". */
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b");
    /** "12/04/2023", "12.4.23". */
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4}|\\d{2})\\b");
    /** "12 April 2023", "12th April". */
    private static final Pattern WORDS = Pattern.compile("\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + YEAR + "\\b");

    private StrikeDates() {}

    /**
     * The first and last day a person wrote; equal for one day.
     *
     * @param first the first day
     * @param last the last day
     */
    record Span(LocalDate first, LocalDate last) {
        boolean oneDay() {
            return first.equals(last);
        }
    }

    /**
     * What was read from an option.
     *
     * @param spans every reading of the dates written (several when no year was given), empty when none was
     * @param rest the text with the dates taken out
     * @param written true when the text held something shaped like a date, even one that is not a real day
     */
    record Reading(List<Span> spans, String rest, boolean written) {}

    /** Reads the dates in lower-case text, trying each year in {@code years} where none is written. */
    static Reading read(String text, List<Integer> years) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Pattern pattern : List.of(RANGE_OVER_MONTHS, RANGE, ISO, NUMERIC, WORDS)) {
            Matcher matcher = pattern.matcher(lower);
            while (matcher.find()) {
                Optional<List<Span>> spans = spans(pattern, matcher, years);
                if (spans.isPresent()) {
                    String rest = lower.substring(0, matcher.start()) + " " + lower.substring(matcher.end());
                    return new Reading(spans.get(), rest, true);
                }
            }
        }
        return new Reading(List.of(), lower, false);
    }

    private static Optional<List<Span>> spans(Pattern pattern, Matcher m, List<Integer> years) {
        if (pattern == ISO) {
            return day(number(m, 1), number(m, 2), number(m, 3)).map(d -> List.of(new Span(d, d)));
        }
        if (pattern == NUMERIC) {
            int year = m.group(3).length() == 2 ? 2000 + number(m, 3) : number(m, 3);
            return day(year, number(m, 2), number(m, 1)).map(d -> List.of(new Span(d, d)));
        }
        Optional<Month> firstMonth;
        Optional<Month> lastMonth;
        int firstDay = number(m, 1);
        int lastDay;
        String year;
        if (pattern == RANGE_OVER_MONTHS) {
            firstMonth = month(m.group(2));
            lastDay = number(m, 3);
            lastMonth = month(m.group(4));
            year = m.group(5);
        } else if (pattern == RANGE) {
            lastDay = number(m, 2);
            firstMonth = month(m.group(3));
            lastMonth = firstMonth;
            year = m.group(4);
        } else {
            lastDay = firstDay;
            firstMonth = month(m.group(2));
            lastMonth = firstMonth;
            year = m.group(3);
        }
        if (firstMonth.isEmpty() || lastMonth.isEmpty()) {
            return Optional.empty();
        }
        List<Span> spans = new ArrayList<>();
        for (int y : year == null ? years : List.of(Integer.parseInt(year))) {
            // A range that runs into the next year ("30 December - 2 January 2024") ends in the year written.
            int firstYear = firstMonth.get().compareTo(lastMonth.get()) > 0 ? y - 1 : y;
            Optional<LocalDate> first = day(firstYear, firstMonth.get().getValue(), firstDay);
            Optional<LocalDate> last = day(y, lastMonth.get().getValue(), lastDay);
            if (first.isPresent() && last.isPresent() && !last.get().isBefore(first.get())) {
                spans.add(new Span(first.get(), last.get()));
            }
        }
        return spans.isEmpty() && year != null ? Optional.empty() : Optional.of(spans);
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static Optional<LocalDate> day(int year, int month, int dayOfMonth) {
        try {
            return Optional.of(LocalDate.of(year, month, dayOfMonth));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A month from its name or the start of it ("apr", "april", "sept"). */
    static Optional<Month> month(String word) {
        if (word.length() < 3) {
            return Optional.empty();
        }
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.ROOT);
            if (full.startsWith(word)) {
                return Optional.of(month);
            }
        }
        return Optional.empty();
    }
}
