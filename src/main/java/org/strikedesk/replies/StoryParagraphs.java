package org.strikedesk.replies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.strikedesk.figures.Amount;
import org.strikedesk.figures.Metric;
import org.strikedesk.figures.Revision;
import org.strikedesk.figures.StaffAbsence;
import org.strikedesk.figures.Strike;
import org.strikedesk.figures.StrikeFigures;
import org.strikedesk.trusts.Organisation;

/**
 * The paragraphs of a story about the subject itself: its total and parts, its staff, the caveats. See
 * {@link StoryWriter}.
 */
final class StoryParagraphs {
    /** The rescheduled measures other than the acute total, with what running text calls them. */
    static final Map<Metric, String> MEASURES = measures();

    private final HouseStyle style;
    private final QuoteWriter quotes;

    StoryParagraphs(HouseStyle style, QuoteWriter quotes) {
        this.style = style;
        this.quotes = quotes;
    }

    private static Map<Metric, String> measures() {
        Map<Metric, String> measures = new LinkedHashMap<>();
        measures.put(Metric.INPATIENT_RESCHEDULED, "inpatient and day-case procedure");
        measures.put(Metric.OUTPATIENT_RESCHEDULED, "outpatient appointment");
        measures.put(Metric.MENTAL_HEALTH_RESCHEDULED, "mental health appointment");
        measures.put(Metric.COMMUNITY_RESCHEDULED, "community appointment");
        return measures;
    }

    /** "170 inpatient and day-case procedures", "one outpatient appointment". */
    static String measure(Metric metric, long value) {
        String noun = MEASURES.get(metric);
        if (value == 1) {
            return "one " + noun;
        }
        return HouseStyle.count(value) + " "
                + noun.replace("procedure", "procedures").replace("appointment", "appointments");
    }

    /** The total and its parts: the house-style sentence of copy, and the measures outside the acute total. */
    String lede(StoryFacts facts) {
        Organisation org = facts.subject().org();
        StrikeFigures figures = facts.subject().figures();
        Optional<String> sentence = quotes.sentence(org, figures);
        if (sentence.isEmpty()) {
            return noCount(facts) + published(figures).map(text -> " " + text).orElse("");
        }
        boolean split = figures.total(Metric.INPATIENT_RESCHEDULED).isPresent()
                && figures.total(Metric.OUTPATIENT_RESCHEDULED).isPresent();
        String noSplit = split || figures.acute().orElseThrow().value() == 0
                ? ""
                : " The figures give no split between inpatient and outpatient care.";
        return sentence.get()
                + noSplit
                + outsideAcute(figures).map(text -> " " + text).orElse("");
    }

    /** "No count of appointments and procedures rescheduled ... has been published." */
    private String noCount(StoryFacts facts) {
        Strike strike = facts.subject().figures().strike();
        return "No count of appointments and procedures " + style.quoteVerb() + " "
                + HouseStyle.where(facts.subject().org()) + " during the " + strike.name() + " of "
                + HouseStyle.days(strike.days()) + " has been published.";
    }

    /** Where there is no acute total: what was published instead. */
    private Optional<String> published(StrikeFigures figures) {
        List<String> parts = new ArrayList<>();
        for (Metric metric : MEASURES.keySet()) {
            figures.total(metric).ifPresent(amount -> parts.add(amount(amount, metric)));
        }
        return parts.isEmpty()
                ? Optional.empty()
                : Optional.of("What was published counts " + HouseStyle.list(parts) + " " + style.quoteVerb() + ".");
    }

    /** "A further 1,160 mental health and 186 community appointments were rescheduled, outside the acute total." */
    private Optional<String> outsideAcute(StrikeFigures figures) {
        Optional<Amount> mental = figures.total(Metric.MENTAL_HEALTH_RESCHEDULED);
        Optional<Amount> community = figures.total(Metric.COMMUNITY_RESCHEDULED);
        if (mental.isEmpty() && community.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        mental.ifPresent(amount -> parts.add(amount(amount, Metric.MENTAL_HEALTH_RESCHEDULED)));
        community.ifPresent(amount -> parts.add(amount(amount, Metric.COMMUNITY_RESCHEDULED)));
        long total = mental.map(Amount::value).orElse(0L)
                + community.map(Amount::value).orElse(0L);
        return Optional.of("NHS England also counted " + HouseStyle.list(parts) + " " + style.quoteVerb()
                + (total == 1 ? ", which is" : ", which are") + " not in the acute total.");
    }

    private static String amount(Amount amount, Metric metric) {
        return (amount.partial() && amount.value() > 0 ? "at least " : "") + measure(metric, amount.value());
    }

    /** Staff absent: the peak and lowest days, or what was published, or that nothing was. */
    Optional<String> staff(StoryFacts facts) {
        Organisation org = facts.subject().org();
        StrikeFigures figures = facts.subject().figures();
        Optional<StaffAbsence> absence = figures.staff();
        if (absence.isEmpty()) {
            return Optional.of(
                    "No figures for staff absent were published for " + shortName(org) + " for this strike.");
        }
        StaffAbsence staff = absence.get();
        String where = " " + whereShort(org);
        if (!staff.days().isEmpty()) {
            return Optional.of(dailyStaff(staff, figures.strike(), where));
        }
        String onlyThose = " Only the peak and lowest days were published, not which days they were.";
        if (staff.peak() != null && staff.lowest() != null) {
            return Optional.of(
                    staff.lowest() == 0
                            ? "Up to " + HouseStyle.count(staff.peak()) + " staff were absent a day" + where
                                    + ", and none on the lowest day." + onlyThose
                            : "Between " + HouseStyle.count(staff.lowest()) + " and " + HouseStyle.count(staff.peak())
                                    + " staff were absent a day" + where + "." + onlyThose);
        }
        if (staff.peak() != null) {
            return Optional.of("At the peak, " + staffWere(staff.peak()) + " absent" + where
                    + ". Only the peak day was published, not which day it was.");
        }
        return Optional.of("At least " + staffWere(staff.lowest()) + " absent each day" + where
                + ". Only the lowest day was published, not which day it was.");
    }

    private static String dailyStaff(StaffAbsence staff, Strike strike, String where) {
        String missing = staff.partial()
                ? " No figure was published for " + PartialNotes.days(staff.missingDays(), strike) + "."
                : "";
        if (staff.days().size() == 1) {
            return HouseStyle.capitalised(staffWere(staff.peak())) + " absent" + where + " on "
                    + HouseStyle.date(staff.peakDay().orElseThrow()) + "." + missing;
        }
        if (staff.peak().equals(staff.lowest())) {
            return HouseStyle.capitalised(staffWere(staff.peak())) + " absent" + where
                    + " on each strike day with a figure." + missing;
        }
        return "Staff absence" + where + " peaked at " + HouseStyle.count(staff.peak()) + " on "
                + HouseStyle.date(staff.peakDay().orElseThrow()) + "; the lowest was "
                + HouseStyle.count(staff.lowest()) + " on "
                + HouseStyle.date(staff.lowestDay().orElseThrow()) + "."
                + missing;
    }

    /** "no staff were", "one member of staff was", "160 staff were". */
    private static String staffWere(long value) {
        return value == 1 ? "one member of staff was" : HouseStyle.count(value) + " staff were";
    }

    /** What the figures count and how far to trust them: the term, partial figures, revisions, per-day staff. */
    String caveats(StoryFacts facts) {
        StrikeFigures figures = facts.subject().figures();
        List<String> sentences = new ArrayList<>();
        sentences.add(
                style.quoteVerb().equals("rescheduled")
                        ? "NHS England counts appointments and procedures rescheduled because of strikes, often"
                                + " reported as cancelled."
                        : "NHS England's own term is \"rescheduled\": it counts appointments and procedures"
                                + " rescheduled because of strikes, called cancelled here.");
        sentences.add("Its figures understate the disruption and may be revised.");
        figures.acute()
                .filter(Amount::partial)
                .ifPresent(acute -> sentences.add(
                        "The count for " + shortName(facts.subject().org())
                                + " is partial: " + PartialNotes.of(acute, figures.strike())
                                + ", so it covers only the days with a figure."));
        facts.revisions().forEach(revision -> sentences.add(revised(revision, figures.strike())));
        if (figures.total(Metric.MENTAL_HEALTH_RESCHEDULED).isPresent()
                || figures.total(Metric.COMMUNITY_RESCHEDULED).isPresent()) {
            sentences.add("Mental health and community appointments are counted apart from acute care.");
        }
        if (figures.staff().isPresent()) {
            sentences.add(Caveats.STAFF);
        }
        return String.join(" ", sentences);
    }

    /** "The outpatient figure for 15 December was revised from 1,202 to 1,214." */
    private static String revised(Revision revision, Strike strike) {
        String day = revision.current().day() == null
                ? ""
                : " for " + PartialNotes.days(List.of(revision.current().day()), strike);
        return "The " + figureName(revision.current().metric()) + day + " was revised from "
                + HouseStyle.number(revision.earlier().value()) + " to "
                + HouseStyle.number(revision.current().value())
                + ".";
    }

    private static String figureName(Metric metric) {
        return switch (metric) {
            case INPATIENT_RESCHEDULED -> "inpatient and day-case figure";
            case OUTPATIENT_RESCHEDULED -> "outpatient figure";
            case ACUTE_RESCHEDULED -> "acute figure";
            case MENTAL_HEALTH_RESCHEDULED -> "mental health figure";
            case COMMUNITY_RESCHEDULED -> "community figure";
            case STAFF_ABSENT -> "staff absent figure";
            case STAFF_ABSENT_MAX -> "peak staff absent figure";
            case STAFF_ABSENT_MIN -> "lowest staff absent figure";
            case ACUTE_RESCHEDULED_CUMULATIVE -> "running total";
        };
    }

    /** The subject once named: "the trust", "the region", "England". */
    static String shortName(Organisation org) {
        return switch (org.kind()) {
            case TRUST -> "the trust";
            case REGION -> "the region";
            case ENGLAND -> "England";
        };
    }

    /** "at the trust", "in the region", "across England". */
    static String whereShort(Organisation org) {
        return switch (org.kind()) {
            case TRUST -> "at the trust";
            case REGION -> "in the region";
            case ENGLAND -> "across England";
        };
    }

    /** "junior doctors' strike of 11–14 April 2023". */
    static String describe(Strike strike) {
        return strike.name() + " of " + HouseStyle.days(strike.days());
    }

    /** "2,247 were", "one was", "none were", "at least 1,191 were". */
    static String were(Amount amount) {
        if (amount.value() == 0) {
            return "none were";
        }
        String atLeast = amount.partial() ? "at least " : "";
        return atLeast + HouseStyle.count(amount.value()) + (amount.value() == 1 ? " was" : " were");
    }
}
