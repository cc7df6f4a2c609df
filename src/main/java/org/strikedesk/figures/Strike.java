package org.strikedesk.figures;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One industrial action in the NHS in England.
 *
 * @param id e.g. {@code 2023-04-junior-doctors}
 * @param staffGroup who walked out, e.g. {@code Junior doctors}
 * @param unions the unions that called it
 * @param firstDay the first strike day
 * @param lastDay the last strike day
 * @param days every strike day, in order (not always every day from first to last)
 * @param notes times and scope, as published
 */
public record Strike(
        String id,
        String staffGroup,
        List<String> unions,
        LocalDate firstDay,
        LocalDate lastDay,
        List<LocalDate> days,
        String notes) {

    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\(.*\\)");

    public Strike {
        unions = List.copyOf(unions);
        days = List.copyOf(days);
        if (days.isEmpty() || lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("strike " + id + " has no days");
        }
    }

    /** A name for running text: "junior doctors' strike", "ambulance staff strike". */
    public String name() {
        String group = group().toLowerCase(Locale.ROOT);
        return group.endsWith("s") ? group + "' strike" : group + " strike";
    }

    /** Who struck, without where: "Ambulance staff" for "Ambulance staff (West Midlands)". */
    public String group() {
        return PARENTHESES.matcher(staffGroup).replaceAll("").trim();
    }

    /** Where the action was limited to part of England, as the calendar says (e.g. "West Midlands"). */
    public String scope() {
        int open = staffGroup.indexOf('(');
        int close = staffGroup.lastIndexOf(')');
        return open >= 0 && close > open ? staffGroup.substring(open + 1, close) : "";
    }

    public boolean isStrikeDay(LocalDate day) {
        return days.contains(day);
    }
}
