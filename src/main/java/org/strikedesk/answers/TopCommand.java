package org.strikedesk.answers;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.CommandSpec;
import org.strikedesk.commands.Completion;
import org.strikedesk.commands.Lookups;
import org.strikedesk.commands.OptionSpec;
import org.strikedesk.commands.Options;
import org.strikedesk.commands.SlashCommand;
import org.strikedesk.commands.StrikeSelection;
import org.strikedesk.figures.FigureQueries;
import org.strikedesk.figures.Ranking;
import org.strikedesk.figures.Strike;
import org.strikedesk.figures.StrikeChoice;
import org.strikedesk.figures.StrikeFigures;
import org.strikedesk.reference.Reference;
import org.strikedesk.replies.RankingCard;
import org.strikedesk.replies.Reply;
import org.strikedesk.trusts.Organisation;
import org.strikedesk.trusts.Region;

/**
 * {@code /top [strike:] [region:] [limit:]}: trusts ranked by acute total rescheduled in one strike, in England or
 * one region. Left out, the strike is the latest with trust figures there.
 */
public final class TopCommand implements SlashCommand {
    public static final String NAME = "top";
    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 25;

    private static final CommandSpec SPEC = CommandSpec.of(
            NAME,
            "Trusts ranked by appointments and procedures rescheduled in a strike",
            OptionSpec.optional(
                    Options.STRIKE,
                    "A strike id, latest, or words such as december 2022 (default: the latest with trust figures)",
                    Completion.ONE_STRIKE),
            OptionSpec.optional(
                    Options.REGION,
                    "Only trusts in this NHS England region, e.g. London (default: all of England)",
                    Completion.REGION),
            OptionSpec.integer(
                    Options.LIMIT, "How many trusts to list, from 1 to 25 (default 10)", false, 1, MAX_LIMIT));

    private final Reference reference;
    private final Lookups lookups;
    private final StrikeSelection selection;
    private final FigureQueries queries;
    private final RankingCard card;

    public TopCommand(
            Reference reference, Lookups lookups, StrikeSelection selection, FigureQueries queries, RankingCard card) {
        this.reference = reference;
        this.lookups = lookups;
        this.selection = selection;
        this.queries = queries;
        this.card = card;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public boolean sameUntilFiguresChange() {
        return true;
    }

    @Override
    public Reply handle(CommandRequest request) {
        return Lookups.number(request, Options.LIMIT, 1, MAX_LIMIT, DEFAULT_LIMIT)
                .then(limit -> lookups.region(request, Options.REGION)
                        .then(region -> selection
                                .strike(request, Options.STRIKE)
                                .then(choice -> answer(choice, region, limit))));
    }

    private Reply answer(StrikeChoice choice, Optional<Region> region, int limit) {
        if (choice instanceof StrikeChoice.All) {
            return Reply.error(
                    "One strike, please",
                    "/top ranks trusts in one strike at a time: give a strike id, latest, or words such as"
                            + " \"december 2022\".");
        }
        Area area = new Area(reference, region);
        Map<String, Set<String>> coverage = queries.coverage();
        Optional<Strike> strike = choice instanceof StrikeChoice.One one
                ? Optional.of(one.strike())
                : area.strikesWithTrustFigures(coverage).stream().findFirst();
        List<Ranking.Place> places = strike.map(s -> rank(s, area)).orElse(List.of());
        if (places.isEmpty()) {
            return area.noTrustFigures("No trust figures to rank", strike, coverage);
        }
        return Buttons.explained(card.reply(table(strike.get(), area, places, limit)));
    }

    private List<Ranking.Place> rank(Strike strike, Area area) {
        List<StrikeFigures> entries = queries.everyOrganisationIn(strike).stream()
                .filter(figures -> area.hasTrust(figures.orgCode()))
                .toList();
        return Ranking.byAcuteTotal(entries, Comparator.comparing(f -> name(f.orgCode())));
    }

    private RankingCard.Table table(Strike strike, Area area, List<Ranking.Place> places, int limit) {
        Set<String> ranked = places.stream().map(p -> p.figures().orgCode()).collect(Collectors.toSet());
        return new RankingCard.Table(
                strike,
                area.name(),
                area.inText(),
                places,
                trustsInArea(area, strike.firstDay(), ranked),
                limit,
                queries.england(strike),
                code -> reference.directory().byCode(code).orElseThrow());
    }

    private String name(String code) {
        return reference.directory().byCode(code).map(Organisation::name).orElse(code);
    }

    /** The trusts the area had when the strike began, and any others that have figures for it. */
    private int trustsInArea(Area area, LocalDate day, Set<String> ranked) {
        return (int) reference.directory().trusts().stream()
                .filter(area::hasTrust)
                .filter(trust -> ranked.contains(trust.code()) || openOn(trust, day))
                .count();
    }

    private static boolean openOn(Organisation trust, LocalDate day) {
        return (trust.opened() == null || !trust.opened().isAfter(day))
                && (trust.closed() == null || trust.closed().isAfter(day));
    }
}
