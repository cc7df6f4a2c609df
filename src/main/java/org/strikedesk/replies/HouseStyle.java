package org.strikedesk.replies;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.strikedesk.config.StyleConfig;
import org.strikedesk.trusts.Organisation;

/**
 * The newsroom's house style for numbers, dates and percentages: {@code 2,247}; {@code 11 April 2023}; ranges
 * {@code 11–14 April 2023} and {@code 30 April–1 May 2023}; separate days {@code 15 and 20 December 2022};
 * percentages to one decimal place. British English throughout.
 */
public final class HouseStyle {
    /** The en dash used in ranges. */
    public static final String DASH = "\u2013";

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d", Locale.UK);

    private final StyleConfig style;

    public HouseStyle(StyleConfig style) {
        this.style = style;
    }

    public StyleConfig settings() {
        return style;
    }

    /** {@code 2,247}. */
    public static String number(long value) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder grouped = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (value < 0) {
            grouped.append('-');
        }
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        grouped.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) {
            grouped.append(',').append(digits, i, i + 3);
        }
        return grouped.toString();
    }

    private static final List<String> SMALL =
            List.of("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine");

    /**
     * A count as running text writes it: one to nine in words, larger numbers in figures ({@code 2,247}); zero is
     * "no", for the phrase that follows it ("no appointments or procedures").
     */
    public static String count(long value) {
        return value >= 0 && value < SMALL.size() ? SMALL.get((int) value) : number(value);
    }

    private static final List<String> ORDINALS =
            List.of("", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth");

    /** A place as running text writes it: first to ninth in words, then {@code 10th}, {@code 21st}, {@code 112th}. */
    public static String ordinal(long place) {
        if (place < 1) {
            throw new IllegalArgumentException("no place " + place);
        }
        if (place < ORDINALS.size()) {
            return ORDINALS.get((int) place);
        }
        long lastTwo = place % 100;
        String suffix;
        if (lastTwo >= 11 && lastTwo <= 13) {
            suffix = "th";
        } else {
            suffix = switch ((int) (place % 10)) {
                case 1 -> "st";
                case 2 -> "nd";
                case 3 -> "rd";
                default -> "th";
            };
        }
        return number(place) + suffix;
    }

    /**
     * A count of appointments and procedures as running text: "no appointments or procedures", "one appointment or
     * procedure", "five appointments and procedures", "2,247 appointments and procedures".
     */
    public static String appointments(long value) {
        if (value == 0) {
            return "no appointments or procedures";
        }
        return count(value) + (value == 1 ? " appointment or procedure" : " appointments and procedures");
    }

    /** Where figures were counted, as running text: "at Leeds Teaching Hospitals NHS Trust", "in the London region". */
    public static String where(Organisation org) {
        return switch (org.kind()) {
            case ENGLAND -> "across England";
            case REGION -> "in the " + org.displayName();
            case TRUST -> "at " + org.displayName();
        };
    }

    /** An organisation as the subject or object of a sentence: "England", "the London region", a trust's name. */
    public static String subject(Organisation org) {
        return org.kind() == Organisation.Kind.REGION ? "the " + org.displayName() : org.displayName();
    }

    /** The text with its first letter in capitals, to start a sentence: "Five appointments ...". */
    public static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** {@code 11 April 2023}. */
    public static String date(LocalDate day) {
        return DAY_MONTH_YEAR.format(day);
    }

    /** {@code 11–14 April 2023}, {@code 30 April–1 May 2023}, {@code 30 December 2023–2 January 2024}. */
    public static String range(LocalDate first, LocalDate last) {
        if (first.equals(last)) {
            return date(first);
        }
        if (first.getYear() != last.getYear()) {
            return date(first) + DASH + date(last);
        }
        if (first.getMonth() != last.getMonth()) {
            return DAY_MONTH.format(first) + DASH + date(last);
        }
        return DAY.format(first) + DASH + date(last);
    }

    /**
     * A set of days as running text: a run of consecutive days is a range; separate days are listed, sharing
     * their month and year where they can ({@code 15 and 20 December 2022}).
     */
    public static String days(List<LocalDate> days) {
        List<List<LocalDate>> runs = runs(days);
        if (runs.size() == 1) {
            return range(runs.get(0).get(0), runs.get(0).get(runs.get(0).size() - 1));
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            LocalDate first = runs.get(i).get(0);
            LocalDate last = runs.get(i).get(runs.get(i).size() - 1);
            LocalDate next = i + 1 < runs.size() ? runs.get(i + 1).get(0) : null;
            boolean sameYearAsNext = next != null && next.getYear() == last.getYear();
            boolean sameMonthAsNext = sameYearAsNext && next.getMonth() == last.getMonth();
            String text = range(first, last);
            if (sameMonthAsNext) {
                text = first.equals(last) ? DAY.format(first) : DAY.format(first) + DASH + DAY.format(last);
            } else if (sameYearAsNext) {
                text = first.equals(last)
                        ? DAY_MONTH.format(first)
                        : range(first, last).replace(" " + last.getYear(), "");
            }
            parts.add(text);
        }
        return list(parts);
    }

    /** "a, b and c". */
    public static String list(List<String> parts) {
        if (parts.isEmpty()) {
            return "";
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /** A share to one decimal place, as the newsroom writes percentages: {@code 1.1%} or {@code 1.1 per cent}. */
    public String percent(long part, long whole) {
        long tenths = whole == 0 ? 0 : Math.round(1000.0 * part / whole);
        String number = tenths / 10 + "." + tenths % 10;
        if (part > 0 && tenths == 0) {
            number = "less than 0.1";
        }
        return style.percent().equals("%") ? number + "%" : number + " per cent";
    }

    /** The verb quotes use: "rescheduled" or "cancelled". */
    public String quoteVerb() {
        return style.quoteVerb();
    }

    private static List<List<LocalDate>> runs(List<LocalDate> days) {
        List<LocalDate> sorted = days.stream().distinct().sorted().toList();
        List<List<LocalDate>> runs = new ArrayList<>();
        for (LocalDate day : sorted) {
            if (!runs.isEmpty()) {
                List<LocalDate> run = runs.get(runs.size() - 1);
                if (run.get(run.size() - 1).plusDays(1).equals(day)) {
                    run.add(day);
                    continue;
                }
            }
            List<LocalDate> run = new ArrayList<>();
            run.add(day);
            runs.add(run);
        }
        return runs;
    }

    /** A length of time as people say it: "3 days 4 hours", "12 minutes". */
    public static String duration(Duration duration) {
        long days = duration.toDays();
        long hours = duration.toHoursPart();
        long minutes = duration.toMinutesPart();
        if (days > 0) {
            return days + (days == 1 ? " day " : " days ") + hours + (hours == 1 ? " hour" : " hours");
        }
        if (hours > 0) {
            return hours + (hours == 1 ? " hour " : " hours ") + minutes + (minutes == 1 ? " minute" : " minutes");
        }
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }
}
