package org.strikedesk.replies;

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
 * report NHS England's data. A quote never states a partial total as complete.
 */
public final class QuoteWriter {
    private final HouseStyle style;

    public QuoteWriter(HouseStyle style) {
        this.style = style;
    }

    /**
     * The quote, or empty when no count of rescheduled appointments was published: {@link #sentence} and, for
     * England, NHS England's own running total after the strike where it stated one.
     */
    public Optional<String> quote(Organisation org, StrikeFigures figures) {
        return sentence(org, figures)
                .map(sentence -> sentence
                        + figures.statedRunningTotal()
                                .map(total -> " " + statedRunningTotal(total.value()))
                                .orElse(""));
    }

    /**
     * The sentence of copy, or empty when no count of rescheduled appointments was published. A partial total keeps
     * the strike's own dates, is "at least" the count, and ends by saying which days and measures have no figure.
     */
    public Optional<String> sentence(Organisation org, StrikeFigures figures) {
        Optional<Amount> acute = figures.acute();
        if (acute.isEmpty()) {
            return Optional.empty();
        }
        Amount amount = acute.get();
        boolean partial = amount.partial();
        String verb = (amount.value() == 1 ? " was " : " were ") + style.quoteVerb() + " ";
        StringBuilder sentence = new StringBuilder()
                .append("During the ")
                .append(figures.strike().name())
                .append(" of ")
                .append(HouseStyle.days(figures.strike().days()))
                .append(", ")
                .append(partial && amount.value() > 0 ? "at least " : "")
                .append(HouseStyle.appointments(amount.value()))
                .append(verb)
                .append(HouseStyle.where(org))
                .append(partial && amount.value() == 0 ? " on the days with a published figure" : "");
        Optional<String> parts = amount.value() == 0 ? Optional.empty() : split(figures);
        sentence.append(parts.map(p -> " \u2013 " + p + " \u2013 ").orElse(", "));
        sentence.append(Publishers.attribution(StrikeFigures.sourcesOf(amount.basis())));
        if (partial) {
            sentence.append(" (partial: ")
                    .append(PartialNotes.of(amount, figures.strike()))
                    .append(')');
        }
        return Optional.of(sentence.append('.').toString());
    }

    /** The sentence citing NHS England's own running total after a strike, as quotes and stories write it. */
    public static String statedRunningTotal(long total) {
        return "NHS England's own running total since the strikes began in December 2022 stood at "
                + HouseStyle.number(total) + " after this strike.";
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
