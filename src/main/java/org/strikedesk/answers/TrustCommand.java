package org.strikedesk.answers;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.CommandSpec;
import org.strikedesk.commands.Completion;
import org.strikedesk.commands.Lookups;
import org.strikedesk.commands.OptionSpec;
import org.strikedesk.commands.Options;
import org.strikedesk.commands.Pages;
import org.strikedesk.commands.Rerun;
import org.strikedesk.commands.SlashCommand;
import org.strikedesk.figures.FigureQueries;
import org.strikedesk.figures.StrikeFigures;
import org.strikedesk.reference.Reference;
import org.strikedesk.replies.CsvTable;
import org.strikedesk.replies.HouseStyle;
import org.strikedesk.replies.Listing;
import org.strikedesk.replies.Reply;
import org.strikedesk.trusts.Alias;
import org.strikedesk.trusts.Organisation;
import org.strikedesk.trusts.Region;
import org.strikedesk.trusts.Site;

/**
 * {@code /trust trust:}: the directory entry for a trust, region or England. The option is named {@code trust} like
 * every other command's, at the console too: an option named two ways would be one more thing to learn, and a script
 * that still writes {@code query:} is told exactly which name to use instead.
 */
public final class TrustCommand implements SlashCommand {
    public static final String NAME = "trust";
    static final String REGISTER_SOURCE = "NHS Organisation Data Service trust register (etr), July 2025;"
            + " hospital sites from the NHS Choices hospital list, 2018";

    private static final CommandSpec SPEC = CommandSpec.of(
            NAME,
            "A trust's directory entry: code, official name, region, status, aliases, hospitals",
            OptionSpec.required(Options.TRUST, "Trust code, name, hospital or abbreviation", Completion.TRUST),
            Pages.OPTION);

    private final Reference reference;
    private final Lookups lookups;
    private final FigureQueries queries;

    public TrustCommand(Reference reference, Lookups lookups, FigureQueries queries) {
        this.reference = reference;
        this.lookups = lookups;
        this.queries = queries;
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
        return lookups.organisation(request, Options.TRUST).then(org -> entry(org, request));
    }

    private Reply entry(Organisation org, CommandRequest request) {
        if (!org.isTrust()) {
            return group(org, request);
        }
        Reply.Builder reply = Reply.builder(Reply.Tone.ANSWER)
                .title(org.name() + " (" + org.code() + ")")
                .field("Code", org.code(), true)
                .field("Region", org.region().displayName(), true)
                .field("Status", status(org), true);
        List<Alias> aliases = reference.directory().aliasesOf(org.code());
        if (!aliases.isEmpty()) {
            reply.field("Also known as", aliases.stream().map(Alias::alias).collect(Collectors.joining(", ")), false);
        }
        List<Site> sites = reference.directory().sitesOf(org.code());
        if (!sites.isEmpty()) {
            reply.field("Hospital sites (2018)", sites(sites), false);
        }
        reply.field("Figures held", figures(org), false);
        return reply.source(REGISTER_SOURCE)
                .caveat("Hospital sites are as listed in 2018; a site may since have moved to another trust.")
                .build();
    }

    private static String status(Organisation org) {
        String opened = org.opened() == null ? "" : " (opened " + HouseStyle.date(org.opened()) + ")";
        return org.closed() == null ? "Open" + opened : "Closed on " + HouseStyle.date(org.closed()) + opened;
    }

    private static String sites(List<Site> sites) {
        // Every site: the most any trust has (18) fits a field with room to spare, and none is left unsaid.
        return sites.stream()
                .map(site -> site.city() == null
                                || site.city().isBlank()
                                || site.name().contains(site.city())
                        ? site.name()
                        : site.name() + " (" + site.city() + ")")
                .collect(Collectors.joining(", "));
    }

    private String figures(Organisation org) {
        List<StrikeFigures> history = queries.history(org.code());
        if (history.isEmpty()) {
            return "None yet.";
        }
        return history.stream()
                .map(f -> f.strike().name() + ", " + HouseStyle.days(f.strike().days()))
                .collect(Collectors.joining("; "));
    }

    /**
     * The open trusts of England or a region, a page at a time with the whole list attached as CSV; England's offers
     * a menu of its regions, whose pick lists that region's trusts.
     */
    private Reply group(Organisation org, CommandRequest request) {
        List<Organisation> trusts = reference.directory().trusts().stream()
                .filter(t -> org.isEngland() ? t.region().inEngland() : t.region() == org.region())
                .filter(t -> t.closed() == null)
                .toList();
        List<String> lines =
                trusts.stream().map(t -> t.name() + " (" + t.code() + ")").toList();
        List<List<String>> rows = trusts.stream()
                .map(t -> List.of(
                        t.code(),
                        t.name(),
                        t.region().displayName(),
                        t.opened() == null ? "" : t.opened().toString()))
                .toList();
        Reply.Attachment whole = CsvTable.attachment(
                "strikedesk-trusts-" + org.code() + ".csv",
                "The open trusts of " + org.displayName() + " in the register",
                List.of("code", "name", "region", "opened"),
                rows);
        Reply.Builder reply = Reply.builder(Reply.Tone.ANSWER)
                .title(org.displayName() + " (" + org.code() + ")")
                .source(REGISTER_SOURCE);
        if (org.isEngland()) {
            reply.menu(Rerun.menu(
                    Options.TRUST,
                    "The trusts of one region",
                    Arrays.stream(Region.values())
                            .filter(Region::inEngland)
                            .map(region -> new Reply.Option(region.displayName(), "", region.code()))
                            .toList()));
        }
        return Pages.pager(request)
                .page(reply, new Listing(trusts.size() + " open trusts in the register:", lines, "", whole))
                .build();
    }
}
