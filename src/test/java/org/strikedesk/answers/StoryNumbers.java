package org.strikedesk.answers;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.strikedesk.Application;
import org.strikedesk.figures.Strike;
import org.strikedesk.trusts.Organisation;

/**
 * Pulls every number out of a story and says which cannot be traced to the store. The store is read here with SQL,
 * and totals, sums, shares, ranks and counts are worked out here from its rows by the data contract's rules, not by
 * StrikeDesk's own code, so a number the story invents, or takes from a value no longer current, is caught.
 *
 * <ul>
 *   <li>a percentage must be the subject's share of England's total in the strike;
 *   <li>an ordinal ("second", "12th") must be its rank among its region's trusts, England's trusts, the regions, or
 *       (England) the strikes with a count;
 *   <li>a date must be a day of a strike in the calendar or the publication date of a figure held, written with its
 *       month and, where given, its year; "December 2022" must be when the first strike was;
 *   <li>"was revised from A to B": A must be a value the figure had before, B its value now;
 *   <li>a number of trusts, regions or strikes must be how many have a count: in the region, in England, among the
 *       regions, among the subject's strikes, among England's strikes up to this one;
 *   <li>any other number, in figures or in words, must be a figure held now or a total or sum of them.
 * </ul>
 */
final class StoryNumbers {
    private static final String MONTHS =
            "January|February|March|April|May|June|July|August|September|October" + "|November|December";
    private static final Pattern DATES = Pattern.compile("(?:\\d{1,2}(?:\u2013\\d{1,2})?(?: (?:" + MONTHS
            + "))?(?: \\d{4})?(?:, | and |\u2013))*\\d{1,2}(?:\u2013\\d{1,2})? (?:" + MONTHS + ")(?: \\d{4})?");
    private static final Pattern DATE_PART = Pattern.compile("\\b\\d{4}\\b|\\b\\d{1,2}\\b|" + MONTHS);
    private static final Pattern MONTH_YEAR = Pattern.compile("(" + MONTHS + ") (\\d{4})");
    private static final Pattern REVISED = Pattern.compile("was revised from ([\\d,]+) to ([\\d,]+)");
    private static final Pattern SHARE = Pattern.compile("(less than 0\\.1|\\d+\\.\\d)(%| per cent)");
    private static final Pattern ORDINAL =
            Pattern.compile("\\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|[\\d,]+(?:st|nd|rd|th))\\b");
    private static final Pattern COUNT = Pattern.compile(
            "\\b(\\d{1,3}(?:,\\d{3})*|one|two|three|four|five|six|seven|eight|nine) (?:trusts?|regions?|strikes?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("\\b\\d{1,3}(?:,\\d{3})+\\b|\\b\\d+\\b");
    private static final Pattern WORD =
            Pattern.compile("\\b(one|two|three|four|five|six|seven|eight|nine)\\b", Pattern.CASE_INSENSITIVE);
    private static final List<String> WORDS =
            List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine");
    private static final List<String> ORDINAL_WORDS =
            List.of("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth");

    /** A figure held now, as its row says. */
    private record Row(String strike, String org, String day, String metric, long value, String published) {}

    private final Application app;
    private final List<Row> rows;
    private final List<Row> earlier;

    StoryNumbers(Application app) {
        this.app = app;
        this.rows = read("SELECT strike_id, org_code, day, metric, value, published FROM figures");
        this.earlier = read("SELECT strike_id, org_code, day, metric, value, published FROM figure_history"
                + " WHERE import_id < superseded_by");
    }

    private List<Row> read(String sql) {
        return app.database().read(connection -> {
            List<Row> read = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(sql);
                    ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    read.add(new Row(
                            result.getString(1),
                            result.getString(2),
                            result.getString(3),
                            result.getString(4),
                            result.getLong(5),
                            result.getString(6)));
                }
            }
            return read;
        });
    }

    /** Every organisation and strike with figures held, as code and strike id. */
    List<Map.Entry<String, String>> subjects() {
        Set<Map.Entry<String, String>> seen = new HashSet<>();
        List<Map.Entry<String, String>> subjects = new ArrayList<>();
        for (Row row : rows) {
            if (!row.metric().equals("acute_rescheduled_cumulative") && seen.add(Map.entry(row.org(), row.strike()))) {
                subjects.add(Map.entry(row.org(), row.strike()));
            }
        }
        return subjects;
    }

    /** The numbers in {@code text}, a story about {@code org} in {@code strike}, that do not trace to the store. */
    List<String> untraced(String text, Organisation org, Strike strike) {
        Known known = known(org, strike);
        List<String> untraced = new ArrayList<>();
        String rest = text.replaceAll("https?://\\S+", "");
        rest = strip(rest, REVISED, match -> {
            String field = "revised from " + match.group(1) + " to " + match.group(2);
            if (!known.earlier().contains(parse(match.group(1)))
                    || !known.figures().contains(parse(match.group(2)))) {
                untraced.add(field);
            }
        });
        rest = strip(rest, DATES, match -> untraced.addAll(dates(match.group(), strike)));
        rest = strip(rest, MONTH_YEAR, match -> {
            Strike first = app.reference().calendar().all().get(0);
            if (!month(match.group(1)).equals(first.firstDay().getMonth())
                    || Integer.parseInt(match.group(2)) != first.firstDay().getYear()) {
                untraced.add(match.group());
            }
        });
        rest = strip(rest, SHARE, match -> {
            if (!known.shares().contains(match.group(1))) {
                untraced.add(match.group());
            }
        });
        rest = strip(rest, ORDINAL, match -> {
            if (!known.ranks().contains(ordinal(match.group(1)))) {
                untraced.add(match.group());
            }
        });
        rest = strip(rest, COUNT, match -> {
            if (!known.counts().contains(value(match.group(1)))) {
                untraced.add(match.group());
            }
        });
        rest = strip(rest, NUMBER, match -> {
            if (!known.figures().contains(parse(match.group()))) {
                untraced.add(match.group());
            }
        });
        strip(rest, WORD, match -> {
            if (!known.figures().contains(value(match.group()))) {
                untraced.add(match.group());
            }
        });
        return untraced;
    }

    /** Runs {@code check} on each match and returns the text with the matches blanked out. */
    private static String strip(String text, Pattern pattern, Consumer<Matcher> check) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            check.accept(matcher);
            matcher.appendReplacement(out, " ");
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /**
     * The dates in one written date ("15 and 20 December 2022", "30 April–1 May 2023", "17 July") that are neither
     * a strike day nor a publication date. A day takes the next month and year written after it; a date without a
     * year must be a day of the story's own strike.
     */
    private List<String> dates(String written, Strike strike) {
        List<String> parts = new ArrayList<>();
        Matcher part = DATE_PART.matcher(written);
        while (part.find()) {
            parts.add(part.group());
        }
        List<String> untraced = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            if (!parts.get(i).matches("\\d{1,2}")) {
                continue;
            }
            int day = Integer.parseInt(parts.get(i));
            Month month = null;
            Integer year = null;
            for (int j = i + 1; j < parts.size() && year == null; j++) {
                if (month == null && parts.get(j).matches("[A-Z][a-z]+")) {
                    month = month(parts.get(j));
                } else if (month != null && parts.get(j).matches("\\d{4}")) {
                    year = Integer.parseInt(parts.get(j));
                }
            }
            if (!isKnownDay(day, month, year, strike)) {
                untraced.add(day + " " + month + (year == null ? "" : " " + year) + " (in \"" + written + "\")");
            }
        }
        return untraced;
    }

    private boolean isKnownDay(int day, Month month, Integer year, Strike strike) {
        Predicate<LocalDate> fits = date -> date.getDayOfMonth() == day && date.getMonth() == month;
        if (year == null) {
            return strike.days().stream().anyMatch(fits);
        }
        LocalDate date = LocalDate.of(year, month, day);
        return app.reference().calendar().all().stream().anyMatch(s -> s.isStrikeDay(date))
                || rows.stream().anyMatch(row -> date.toString().equals(row.published()));
    }

    private static Month month(String name) {
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.FULL, Locale.UK).equals(name)) {
                return month;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    /** "12", "2,409" or "three" as a number. */
    private static long value(String written) {
        int word = WORDS.indexOf(written.toLowerCase(Locale.ROOT));
        return word >= 0 ? word + 1 : parse(written);
    }

    private static long parse(String number) {
        return Long.parseLong(number.replace(",", ""));
    }

    private static long ordinal(String written) {
        int index = ORDINAL_WORDS.indexOf(written);
        return index >= 0 ? index + 2 : parse(written.replaceAll("(st|nd|rd|th)$", ""));
    }

    /**
     * What a story about the organisation in the strike may cite.
     *
     * @param figures values of figures held now, and totals and sums of them
     * @param counts how many trusts, regions or strikes have a count, among those it is compared with
     * @param earlier values the organisation's figures in the strike had before they were revised
     * @param shares the organisation's share of England's total, as written to one decimal place
     * @param ranks its ranks
     */
    private record Known(Set<Long> figures, Set<Long> counts, Set<Long> earlier, Set<String> shares, Set<Long> ranks) {}

    private Known known(Organisation org, Strike strike) {
        Set<Long> figures = new HashSet<>();
        Set<Long> counts = new HashSet<>();
        List<Strike> calendar = app.reference().calendar().all();
        for (Row row : rows) {
            boolean cited = row.strike().equals(strike.id())
                    && (row.org().equals(org.code()) || row.org().equals(Organisation.ENGLAND_CODE));
            if (cited) {
                figures.add(row.value());
            }
        }
        for (String metric : List.of(
                "inpatient_rescheduled",
                "outpatient_rescheduled",
                "acute_rescheduled",
                "mental_health_rescheduled",
                "community_rescheduled")) {
            total(org.code(), strike.id(), metric).ifPresent(figures::add);
            total(Organisation.ENGLAND_CODE, strike.id(), metric).ifPresent(figures::add);
        }
        acute(Organisation.ENGLAND_CODE, strike.id()).ifPresent(figures::add);
        Map<String, Long> history = new LinkedHashMap<>();
        calendar.forEach(s -> acute(org.code(), s.id()).ifPresent(value -> history.put(s.id(), value)));
        figures.addAll(history.values());
        figures.add(history.values().stream().mapToLong(Long::longValue).sum());
        counts.add((long) history.size());
        int position = calendar.indexOf(strike);
        List<Long> englandSoFar = calendar.subList(0, position + 1).stream()
                .map(s -> acute(Organisation.ENGLAND_CODE, s.id()))
                .flatMap(Optional::stream)
                .toList();
        figures.add(englandSoFar.stream().mapToLong(Long::longValue).sum());
        counts.add((long) englandSoFar.size());
        Set<Long> ranks = new HashSet<>();
        Optional<Long> own = acute(org.code(), strike.id());
        for (Predicate<Organisation> among : peers(org)) {
            List<Long> totals = new ArrayList<>();
            for (Organisation other : app.reference().directory().organisations()) {
                if (among.test(other)) {
                    acute(other.code(), strike.id()).ifPresent(totals::add);
                }
            }
            counts.add((long) totals.size());
            own.ifPresent(value ->
                    ranks.add(1 + totals.stream().filter(c -> c > value).count()));
        }
        if (org.isEngland()) {
            List<Long> strikes = calendar.stream()
                    .map(s -> acute(org.code(), s.id()))
                    .flatMap(Optional::stream)
                    .toList();
            own.ifPresent(value ->
                    ranks.add(1 + strikes.stream().filter(c -> c > value).count()));
            counts.add((long) strikes.size());
        }
        Set<Long> before = new HashSet<>();
        earlier.stream()
                .filter(row -> row.org().equals(org.code()) && row.strike().equals(strike.id()))
                .forEach(row -> before.add(row.value()));
        Set<String> shares = new HashSet<>();
        Optional<Long> england = acute(Organisation.ENGLAND_CODE, strike.id());
        if (own.isPresent() && england.isPresent() && england.get() > 0) {
            long tenths = Math.round(1000.0 * own.get() / england.get());
            shares.add(own.get() > 0 && tenths == 0 ? "less than 0.1" : tenths / 10 + "." + tenths % 10);
        }
        return new Known(figures, counts, before, shares, ranks);
    }

    /** Whom the organisation is ranked among: its region's trusts and England's, or the regions; none for England. */
    private static List<Predicate<Organisation>> peers(Organisation org) {
        return switch (org.kind()) {
            case TRUST ->
                List.of(
                        other -> other.isTrust() && other.region() == org.region(),
                        other -> other.isTrust()
                                && other.region() != null
                                && other.region().inEngland());
            case REGION -> List.of(other -> other.kind() == Organisation.Kind.REGION);
            case ENGLAND -> List.of();
        };
    }

    /** A measure's whole-strike count: the whole-strike row where there is one, else the sum of the day rows. */
    private Optional<Long> total(String org, String strike, String metric) {
        List<Row> held = rows.stream()
                .filter(row -> row.org().equals(org)
                        && row.strike().equals(strike)
                        && row.metric().equals(metric))
                .toList();
        Optional<Row> whole = held.stream().filter(row -> row.day().isEmpty()).findFirst();
        if (whole.isPresent()) {
            return Optional.of(whole.get().value());
        }
        return held.isEmpty()
                ? Optional.empty()
                : Optional.of(held.stream().mapToLong(Row::value).sum());
    }

    /** Inpatient plus outpatient where both are held, else the acute figure. */
    private Optional<Long> acute(String org, String strike) {
        Optional<Long> inpatient = total(org, strike, "inpatient_rescheduled");
        Optional<Long> outpatient = total(org, strike, "outpatient_rescheduled");
        if (inpatient.isPresent() && outpatient.isPresent()) {
            return Optional.of(inpatient.get() + outpatient.get());
        }
        return total(org, strike, "acute_rescheduled");
    }
}
