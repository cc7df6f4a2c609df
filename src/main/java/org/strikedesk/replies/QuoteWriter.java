package org.strikedesk.replies;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.strikedesk.figures.Amount;
import org.strikedesk.figures.Metric;
import org.strikedesk.figures.StrikeFigures;
import org.strikedesk.trusts.Organisation;

/**
 * Writes figures as one sentence of copy, e.g. "During the junior doctors' strike of 11–14 April 2023, 2,247
 * appointments and procedures were rescheduled at East and North Hertfordshire NHS Trust – 170 inpatient and
 * day-case procedures and 2,077 outpatient appointments – according to NHS England data." Numbers one to nine are
 * words, zero is "no appointments or procedures", and the source is named as its own publisher unless it is known to
 * report NHS England's data.
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
        List<LocalDate> days =
                amount.partial() ? published(figures) : figures.strike().days();
        String verb = (amount.value() == 1 ? " was " : " were ") + style.quoteVerb() + " ";
        StringBuilder sentence = new StringBuilder()
                .append("During the ")
                .append(figures.strike().name())
                .append(" of ")
                .append(HouseStyle.days(days))
                .append(", ")
                .append(HouseStyle.appointments(amount.value()))
                .append(verb)
                .append(HouseStyle.where(org));
        Optional<String> parts = amount.value() == 0 ? Optional.empty() : split(figures);
        sentence.append(parts.map(p -> " \u2013 " + p + " \u2013 ").orElse(", "));
        sentence.append(Publishers.attribution(StrikeFigures.sourcesOf(amount.basis())));
        return Optional.of(sentence.append('.').toString());
    }

    private static List<LocalDate> published(StrikeFigures figures) {
        return figures.strike().days().stream()
                .filter(day -> !figures.acute().orElseThrow().missingDays().contains(day))
                .toList();
    }

    /** "170 inpatient and day-case procedures and 2,077 outpatient appointments", where both are published. */
    private static Optional<String> split(StrikeFigures figures) {
        Optional<Amount> inpatient = figures.total(Metric.INPATIENT_RESCHEDULED);
        Optional<Amount> outpatient = figures.total(Metric.OUTPATIENT_RESCHEDULED);
        if (inpatient.isEmpty() || outpatient.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(inpatient(inpatient.get().value()) + " and "
                + outpatient(outpatient.get().value()));
    }

    private static String inpatient(long value) {
        if (value == 0) {
            return "no inpatient or day-case procedures";
        }
        return HouseStyle.count(value)
                + (value == 1 ? " inpatient or day-case procedure" : " inpatient and day-case procedures");
    }

    private static String outpatient(long value) {
        if (value == 0) {
            return "no outpatient appointments";
        }
        return HouseStyle.count(value) + (value == 1 ? " outpatient appointment" : " outpatient appointments");
    }
}
