package org.strikedesk.replies;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.strikedesk.figures.Amount;
import org.strikedesk.figures.Metric;
import org.strikedesk.figures.Ranking;
import org.strikedesk.figures.Source;
import org.strikedesk.figures.StaffAbsence;
import org.strikedesk.figures.Strike;
import org.strikedesk.figures.StrikeFigures;
import org.strikedesk.trusts.Organisation;

/**
 * Writes a draft local story about one organisation in one strike, in house style: a headline, a standfirst, then
 * paragraphs on the total and its parts, staff absent, how it compares with its region and England, how it compares
 * with other strikes, the strike itself, and the caveats that apply, ending with the sources. Every number comes
 * from the facts given; the verb is the newsroom's ({@code style.quoteVerb}) and shares follow {@code style.percent}.
 */
public final class StoryWriter {
    private final HouseStyle style;
    private final StoryParagraphs paragraphs;
    private final StoryComparisons comparisons;

    public StoryWriter(HouseStyle style) {
        this.style = style;
        this.paragraphs = new StoryParagraphs(style, new QuoteWriter(style));
        this.comparisons = new StoryComparisons(style);
    }

    /** The story the facts tell. */
    public Story write(StoryFacts facts) {
        List<String> body = new ArrayList<>();
        body.add(paragraphs.lede(facts));
        paragraphs.staff(facts).ifPresent(body::add);
        comparisons.comparison(facts).ifPresent(body::add);
        comparisons.acrossStrikes(facts).ifPresent(body::add);
        body.add(comparisons.strike(facts));
        body.add(paragraphs.caveats(facts));
        return new Story(headline(facts), standfirst(facts), body, sources(facts));
    }

    /**
     * "2,409 appointments and procedures rescheduled at ... during nurses' strike"; where no acute total was
     * published, the peak of staff absent or the first measure that was.
     */
    String headline(StoryFacts facts) {
        Organisation org = facts.subject().org();
        StrikeFigures figures = facts.subject().figures();
        String during =
                " " + HouseStyle.where(org) + " during " + figures.strike().name();
        Optional<Amount> acute = figures.acute();
        if (acute.isPresent()) {
            return HouseStyle.capitalised(atLeast(acute.get())
                            + HouseStyle.appointments(acute.get().value())) + " " + style.quoteVerb() + during;
        }
        Optional<StaffAbsence> staff = figures.staff();
        if (staff.isPresent() && staff.get().peak() != null) {
            return "Up to " + HouseStyle.count(staff.get().peak()) + " staff absent a day" + during;
        }
        if (staff.isPresent()) {
            return "At least " + HouseStyle.count(staff.get().lowest()) + " staff absent a day" + during;
        }
        Amount first = StoryParagraphs.MEASURES.keySet().stream()
                .map(figures::total)
                .flatMap(Optional::stream)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("figures with no measure: " + figures.orgCode()));
        Metric metric = first.metrics().get(0);
        return HouseStyle.capitalised(atLeast(first) + StoryParagraphs.measure(metric, first.value())) + " "
                + style.quoteVerb() + during;
    }

    /**
     * How the subject stands: among its region's trusts, England's trusts or the regions, with its share of England's
     * total; England's count among the strikes, with NHS England's running total. Without an acute total, what was
     * published instead.
     */
    String standfirst(StoryFacts facts) {
        Organisation org = facts.subject().org();
        StrikeFigures figures = facts.subject().figures();
        Optional<Amount> acute = figures.acute();
        if (acute.isEmpty()) {
            return "The figures published for this strike give no total of appointments and procedures "
                    + style.quoteVerb() + (figures.staff().isPresent() ? ", only staff absent." : ".");
        }
        String partial = acute.get().partial() ? "partial " : "";
        if (org.isEngland()) {
            return englandStandfirst(facts, "This strike's " + partial + "count for England");
        }
        String count = "The " + (org.isTrust() ? "trust" : "region") + "'s " + partial + "count";
        String share =
                comparisons.shareClause(facts).map(clause -> ", and " + clause).orElse("");
        Optional<Ranking.Standing> region = Ranking.standing(facts.comparison().region(), org.code());
        if (org.isTrust() && region.isPresent() && !region.get().alone()) {
            return count + " was " + StoryComparisons.place(region.get()) + " of the "
                    + trusts(region.get().of()) + " " + StoryComparisons.inRegion(org) + " with a published count"
                    + share + ".";
        }
        Optional<Ranking.Standing> peers = Ranking.standing(facts.comparison().peers(), org.code());
        String what = org.isTrust() ? "trust" : "region";
        if (peers.isEmpty() || peers.get().alone()) {
            return "It is the only " + what + " in England with a published count for the strike" + share + ".";
        }
        return count + " was " + StoryComparisons.place(peers.get()) + " of the "
                + HouseStyle.count(peers.get().of()) + " " + what + "s in England with a published count" + share
                + ".";
    }

    private String englandStandfirst(StoryFacts facts, String count) {
        List<StrikeFigures> counted = StoryComparisons.counted(facts.subject().history());
        Strike strike = facts.subject().figures().strike();
        Optional<Ranking.Standing> standing = StoryComparisons.amongStrikes(counted, strike);
        String stated = facts.subject()
                .figures()
                .statedRunningTotal()
                .map(total -> " " + QuoteWriter.statedRunningTotal(total.value()))
                .orElse("");
        if (standing.isEmpty() || standing.get().alone()) {
            return "It is the only strike with a published count for England." + stated;
        }
        return count + " was " + StoryComparisons.place(standing.get()) + " of the "
                + HouseStyle.count(standing.get().of()) + " strikes with a published count." + stated;
    }

    /** "12 trusts", "three trusts". */
    private static String trusts(int count) {
        return HouseStyle.count(count) + (count == 1 ? " trust" : " trusts");
    }

    private static String atLeast(Amount amount) {
        return amount.partial() && amount.value() > 0 ? "at least " : "";
    }

    /** The publications behind every figure the story cites, each once. */
    private static List<Source> sources(StoryFacts facts) {
        Set<Source> sources = new LinkedHashSet<>(facts.subject().figures().sources());
        StoryFacts.Comparison comparison = facts.comparison();
        comparison.england().acute().ifPresent(total -> sources.addAll(StrikeFigures.sourcesOf(total.basis())));
        comparison
                .region()
                .forEach(place ->
                        sources.addAll(StrikeFigures.sourcesOf(place.acute().basis())));
        comparison
                .peers()
                .forEach(place ->
                        sources.addAll(StrikeFigures.sourcesOf(place.acute().basis())));
        StoryComparisons.counted(facts.subject().history())
                .forEach(figures -> sources.addAll(
                        StrikeFigures.sourcesOf(figures.acute().orElseThrow().basis())));
        comparison.runningTotal().ifPresent(total -> sources.addAll(total.sources()));
        facts.revisions().forEach(revision -> sources.addAll(StrikeFigures.sourcesOf(List.of(revision.earlier()))));
        return Source.byUrl(sources);
    }
}
