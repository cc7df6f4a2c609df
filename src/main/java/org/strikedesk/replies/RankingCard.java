package org.strikedesk.replies;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.strikedesk.figures.Amount;
import org.strikedesk.figures.Ranking;
import org.strikedesk.figures.Source;
import org.strikedesk.figures.Strike;
import org.strikedesk.figures.StrikeFigures;
import org.strikedesk.trusts.Organisation;

/** Trusts ranked by acute total in one strike: a line each with rank, name, total and share of England. */
public final class RankingCard {
    private final HouseStyle style;

    public RankingCard(HouseStyle style) {
        this.style = style;
    }

    /**
     * What to rank and where.
     *
     * @param strike the strike
     * @param area "England" or a region's name, as a heading
     * @param areaInText the same as running text uses it: "England", "London", "the Midlands"
     * @param places every trust in the area with an acute total, ranked
     * @param trustsInArea how many trusts the area had when the strike began, with figures or not
     * @param limit how many places to show
     * @param england England's figures in the strike, for the shares
     * @param names the organisation each code stands for
     */
    public record Table(
            Strike strike,
            String area,
            String areaInText,
            List<Ranking.Place> places,
            int trustsInArea,
            int limit,
            StrikeFigures england,
            Function<String, Organisation> names) {}

    public Reply reply(Table table) {
        Strike strike = table.strike();
        Optional<Amount> england = table.england().acute().filter(total -> !total.partial() && total.value() > 0);
        List<Ranking.Place> shown = table.places().stream().limit(table.limit()).toList();
        String lines = shown.stream().map(place -> line(place, table, england)).collect(Collectors.joining("\n"));
        Reply.Builder reply = Reply.builder(Reply.Tone.ANSWER)
                .title(table.area() + ": trusts ranked by appointments and procedures rescheduled, " + strike.name()
                        + ", " + HouseStyle.days(strike.days()))
                .text(lines + "\n\n" + coverage(table, shown.size(), england));
        Set<Source> sources = new LinkedHashSet<>();
        shown.forEach(place -> sources.addAll(place.figures().sources()));
        england.ifPresent(total -> sources.addAll(StrikeFigures.sourcesOf(total.basis())));
        sources.forEach(source -> reply.source(Publishers.line(source)));
        shown.forEach(place -> reply.shows(place.acute().basis()));
        england.ifPresent(total -> reply.shows(total.basis()));
        return reply.caveat(Caveats.RESCHEDULED).build();
    }

    /** "1. Nottingham University Hospitals NHS Trust (RX1): 2,763 (9.3%)"; a tied rank is written "=2.". */
    private String line(Ranking.Place place, Table table, Optional<Amount> england) {
        boolean tied = table.places().stream()
                        .filter(other -> other.rank() == place.rank())
                        .count()
                > 1;
        Organisation org = table.names().apply(place.figures().orgCode());
        Amount acute = place.acute();
        List<String> notes = new ArrayList<>();
        if (acute.partial()) {
            notes.add("partial");
        }
        england.ifPresent(total -> notes.add(style.percent(acute.value(), total.value())));
        String after = notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")";
        return (tied ? "=" : "") + place.rank() + ". " + org.displayName() + " (" + org.code() + "): "
                + HouseStyle.number(acute.value()) + after;
    }

    private static String coverage(Table table, int shown, Optional<Amount> england) {
        int ranked = table.places().size();
        String trusts = HouseStyle.capitalised(HouseStyle.count(ranked)) + (ranked == 1 ? " trust" : " trusts");
        String text = trusts + " of the " + HouseStyle.count(table.trustsInArea()) + " in " + table.areaInText()
                + (ranked == 1 ? " has" : " have") + " a published count for this strike"
                + (2 * ranked < table.trustsInArea() ? "; for most trusts, no figures are published." : ".");
        if (shown < ranked) {
            text += " Showing the top " + HouseStyle.count(shown) + "; limit: shows up to 25.";
        }
        if (table.places().stream().limit(shown).anyMatch(place -> place.acute().partial())) {
            text += " A partial total counts only the strike days with a published figure.";
        }
        return text
                + england.map(total -> " Shares are of England's total of " + HouseStyle.number(total.value()) + ".")
                        .orElse(" England's total for this strike is not known, so no shares are given.");
    }
}
