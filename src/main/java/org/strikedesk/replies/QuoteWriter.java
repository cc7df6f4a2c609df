package org.strikedesk.replies;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.strikedesk.figures.Amount;
import org.strikedesk.figures.Metric;
import org.strikedesk.figures.StrikeFigures;
import org.strikedesk.trusts.Organisation;

/**
 * Writes figures as one sentence of copy, e.g. "During the junior doctors' strike from 11 to 14 April 2023, 2,247
 * appointments and procedures were rescheduled at East and North Hertfordshire NHS Trust – 170 inpatient procedures
 * and 2,077 outpatient appointments – according to NHS England data."
 */
public final class QuoteWriter {
    private final HouseStyle style;

    public QuoteWriter(HouseStyle style) {
        this.style = style;
    }

    /** The sentence, or empty when no count of rescheduled appointments was published. */
    public Optional<String> quote(Organisation org, StrikeFigures figures) {
        Optional<Amount> acute = figures.acute();
        if (acute.isEmpty()) {
            return Optional.empty();
        }
        Amount amount = acute.get();
        String days = HouseStyle.fromTo(
                amount.partial() ? published(figures) : figures.strike().days());
        String verb = amount.value() == 1 ? "was " + style.quoteVerb() : "were " + style.quoteVerb();
        String where = org.isEngland() ? "across England" : "at " + org.displayName();
        StringBuilder sentence = new StringBuilder()
                .append("During the ")
                .append(figures.strike().name())
                .append(' ')
                .append(days)
                .append(", ")
                .append(HouseStyle.number(amount.value()))
                .append(' ')
                .append(FigureCards.appointments(amount.value()))
                .append(' ')
                .append(verb)
                .append(' ')
                .append(where);
        Optional<String> parts = split(figures);
        sentence.append(parts.map(p -> " \u2013 " + p + " \u2013 ").orElse(", "));
        sentence.append("according to NHS England data.");
        figures.statedRunningTotal()
                .ifPresent(total -> sentence.append(" NHS England's own running total since the strikes began in"
                                + " December 2022 stood at ")
                        .append(HouseStyle.number(total.value()))
                        .append(" after this strike."));
        return Optional.of(sentence.toString());
    }

    private static List<LocalDate> published(StrikeFigures figures) {
        return figures.strike().days().stream()
                .filter(day -> !figures.acute().orElseThrow().missingDays().contains(day))
                .toList();
    }

    private static Optional<String> split(StrikeFigures figures) {
        Optional<Amount> inpatient = figures.total(Metric.INPATIENT_RESCHEDULED);
        Optional<Amount> outpatient = figures.total(Metric.OUTPATIENT_RESCHEDULED);
        if (inpatient.isEmpty() || outpatient.isEmpty()) {
            return Optional.empty();
        }
        long in = inpatient.get().value();
        long out = outpatient.get().value();
        return Optional.of(
                HouseStyle.number(in) + (in == 1 ? " inpatient procedure" : " inpatient procedures") + " and "
                        + HouseStyle.number(out) + (out == 1 ? " outpatient appointment" : " outpatient appointments"));
    }
}
