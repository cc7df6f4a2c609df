package org.strikedesk.answers;

import java.util.List;
import java.util.stream.Collectors;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.CommandSpec;
import org.strikedesk.commands.Completion;
import org.strikedesk.commands.Lookups;
import org.strikedesk.commands.OptionSpec;
import org.strikedesk.commands.Options;
import org.strikedesk.commands.SlashCommand;
import org.strikedesk.figures.FigureQueries;
import org.strikedesk.figures.StrikeFigures;
import org.strikedesk.reference.Reference;
import org.strikedesk.replies.HouseStyle;
import org.strikedesk.replies.Reply;
import org.strikedesk.trusts.Alias;
import org.strikedesk.trusts.Organisation;
import org.strikedesk.trusts.Site;

/**
 * {@code /trust trust:}: the directory entry for a trust, region or England. The option is named {@code trust} like
 * every other command's, at the console too: an option named two ways would be one more thing to learn, and a script
 * that still writes {@code query:} is told exactly which name to use instead.
 */
public final class TrustCommand implements SlashCommand {
    public static final String NAME = "trust";
    static final int SITES_SHOWN = 15;
    static final String REGISTER_SOURCE = "NHS Organisation Data Service trust register (etr), July 2025;"
            + " hospital sites from the NHS Choices hospital list, 2018";

    private static final CommandSpec SPEC = CommandSpec.of(
            NAME,
            "A trust's directory entry: code, official name, region, status, aliases, hospitals",
            OptionSpec.required(Options.TRUST, "Trust code, name, hospital or abbreviation", Completion.TRUST));

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
    public Reply handle(CommandRequest request) {
        return lookups.organisation(request, Options.TRUST).then(this::entry);
    }

    private Reply entry(Organisation org) {
        if (!org.isTrust()) {
            return group(org);
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
        String shown = sites.stream()
                .limit(SITES_SHOWN)
                .map(site -> site.city() == null
                                || site.city().isBlank()
                                || site.name().contains(site.city())
                        ? site.name()
                        : site.name() + " (" + site.city() + ")")
                .collect(Collectors.joining(", "));
        return sites.size() > SITES_SHOWN ? shown + " and " + (sites.size() - SITES_SHOWN) + " more" : shown;
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

    private Reply group(Organisation org) {
        List<Organisation> trusts = reference.directory().trusts().stream()
                .filter(t -> org.isEngland() ? t.region().inEngland() : t.region() == org.region())
                .filter(t -> t.closed() == null)
                .toList();
        String names = trusts.stream()
                .limit(40)
                .map(t -> t.name() + " (" + t.code() + ")")
                .collect(Collectors.joining("\n"));
        String more = trusts.size() > 40 ? "\nand " + (trusts.size() - 40) + " more" : "";
        return Reply.builder(Reply.Tone.ANSWER)
                .title(org.displayName() + " (" + org.code() + ")")
                .text(trusts.size() + " open trusts in the register:\n" + names + more)
                .source(REGISTER_SOURCE)
                .build();
    }
}
