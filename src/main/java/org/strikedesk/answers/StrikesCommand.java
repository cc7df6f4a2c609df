package org.strikedesk.answers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.CommandSpec;
import org.strikedesk.commands.Completion;
import org.strikedesk.commands.OptionSpec;
import org.strikedesk.commands.Options;
import org.strikedesk.commands.Pages;
import org.strikedesk.commands.SlashCommand;
import org.strikedesk.figures.FigureQueries;
import org.strikedesk.figures.ReleaseCalendar;
import org.strikedesk.figures.Strike;
import org.strikedesk.reference.Reference;
import org.strikedesk.replies.CsvTable;
import org.strikedesk.replies.Ellipsis;
import org.strikedesk.replies.HouseStyle;
import org.strikedesk.replies.ReleaseNotes;
import org.strikedesk.replies.Reply;
import org.strikedesk.trusts.Organisation;

/** {@code /strikes [group:]}: the strike calendar, with which strikes have figures. */
public final class StrikesCommand implements SlashCommand {
    public static final String NAME = "strikes";

    private static final CommandSpec SPEC = CommandSpec.of(
            NAME,
            "The strike calendar: dates, staff group, union, and whether figures exist",
            OptionSpec.optional(
                    Options.GROUP,
                    "Only strikes by this staff group or union, e.g. nurses or BMA (default: every strike)",
                    Completion.STAFF_GROUP),
            Pages.OPTION);

    private final Reference reference;
    private final FigureQueries queries;
    private final ReleaseCalendar releases;

    public StrikesCommand(Reference reference, FigureQueries queries, ReleaseCalendar releases) {
        this.reference = reference;
        this.queries = queries;
        this.releases = releases;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandRequest request) {
        String group = request.option(Options.GROUP).orElse("");
        List<Strike> strikes = new ArrayList<>(
                group.isEmpty()
                        ? reference.calendar().all()
                        : reference.strikes().rank(group, Integer.MAX_VALUE));
        strikes.sort(Comparator.comparing(Strike::firstDay));
        if (strikes.isEmpty()) {
            return Reply.error(
                    "No strikes found",
                    "No strike in the calendar was called by \"" + Ellipsis.clip(group, 60)
                            + "\". Staff groups include nurses, junior doctors, consultants, ambulance staff and"
                            + " physiotherapists; unions include RCN, BMA, GMB, Unison and Unite.");
        }
        Map<String, Set<String>> coverage = queries.coverage();
        List<String> lines = strikes.stream()
                .map(strike -> HouseStyle.days(strike.days()) + ": " + strike.staffGroup() + " ("
                        + String.join(", ", strike.unions()) + "); "
                        + figures(strike, coverage.getOrDefault(strike.id(), Set.of())) + " [" + strike.id() + "]")
                .toList();
        String title =
                group.isEmpty() ? "NHS strikes in England" : "NHS strikes in England: " + Ellipsis.clip(group, 60);
        Reply.Builder reply = Reply.builder(Reply.Tone.ANSWER)
                .title(title)
                .caveat(strikes.size()
                        + " strikes, oldest first. Use the id in brackets as strike: in other commands.");
        return Pages.page(reply, lines, request, csv(strikes, coverage)).build();
    }

    /** Every strike listed, one row each, as CSV: what the pages show, whole. */
    private Reply.Attachment csv(List<Strike> strikes, Map<String, Set<String>> coverage) {
        List<List<String>> rows = strikes.stream()
                .map(strike -> List.of(
                        strike.id(),
                        strike.firstDay().toString(),
                        strike.lastDay().toString(),
                        strike.staffGroup(),
                        String.join("; ", strike.unions()),
                        figures(strike, coverage.getOrDefault(strike.id(), Set.of()))))
                .toList();
        return CsvTable.attachment(
                "strikedesk-strikes.csv",
                "The strike calendar",
                List.of("strike_id", "first_day", "last_day", "staff_group", "unions", "figures"),
                rows);
    }

    private String figures(Strike strike, Set<String> organisations) {
        if (organisations.isEmpty()) {
            return ReleaseNotes.phrase(releases.due(strike));
        }
        List<String> parts = new ArrayList<>();
        if (organisations.contains(Organisation.ENGLAND_CODE)) {
            parts.add("England");
        }
        long regions = count(organisations, Organisation.Kind.REGION);
        long trusts = count(organisations, Organisation.Kind.TRUST);
        if (regions > 0) {
            parts.add(regions + (regions == 1 ? " region" : " regions"));
        }
        if (trusts > 0) {
            parts.add(trusts + (trusts == 1 ? " trust" : " trusts"));
        }
        return "figures for " + HouseStyle.list(parts);
    }

    private long count(Set<String> codes, Organisation.Kind kind) {
        return codes.stream()
                .filter(code -> reference
                        .directory()
                        .byCode(code)
                        .map(o -> o.kind() == kind)
                        .orElse(false))
                .count();
    }
}
