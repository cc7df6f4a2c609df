package org.strikedesk.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.strikedesk.commands.Choice;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.CommandSpec;
import org.strikedesk.commands.Completion;
import org.strikedesk.commands.Lookup;
import org.strikedesk.commands.Lookups;
import org.strikedesk.commands.OptionSpec;
import org.strikedesk.commands.Options;
import org.strikedesk.commands.SlashCommand;
import org.strikedesk.commands.StrikeSelection;
import org.strikedesk.figures.Figure;
import org.strikedesk.figures.FigureQueries;
import org.strikedesk.figures.Source;
import org.strikedesk.figures.Strike;
import org.strikedesk.figures.StrikeChoice;
import org.strikedesk.figures.StrikeFigures;
import org.strikedesk.reference.Reference;
import org.strikedesk.replies.Caveats;
import org.strikedesk.replies.Ellipsis;
import org.strikedesk.replies.HouseStyle;
import org.strikedesk.replies.Publishers;
import org.strikedesk.replies.Reply;
import org.strikedesk.trusts.Organisation;
import org.strikedesk.trusts.Region;

/**
 * {@code /export [trust:] [region:] [strike:] [format:]}: the figures as a CSV file. {@code tidy} (the default) is
 * the tidy figures format with sources and publication dates, which imports again unchanged; {@code table} is a row
 * per trust in one strike for a charting tool. A file larger than the place it is sent to accepts, or one that would
 * be empty, is not sent: the reply says why and what to ask instead.
 */
public final class ExportCommand implements SlashCommand {
    public static final String NAME = "export";
    public static final String TIDY = "tidy";
    public static final String TABLE = "table";

    private static final CommandSpec SPEC = CommandSpec.of(
                    NAME,
                    "The figures as a CSV file: tidy (re-importable) or a table of trusts for a chart",
                    OptionSpec.optional(
                            Options.TRUST,
                            "Only this trust's figures, or England's (default: every trust)",
                            Completion.TRUST),
                    OptionSpec.optional(
                            Options.REGION,
                            "Only this NHS England region and its trusts, e.g. London (default: all of England)",
                            Completion.REGION),
                    OptionSpec.optional(
                            Options.STRIKE,
                            "A strike id, latest, all, or words such as april 2023 (default: all; a table: latest)",
                            Completion.STRIKE),
                    OptionSpec.choices(
                            Options.FORMAT,
                            "tidy: the figures format, re-importable (default); table: a row per trust, for charts",
                            false,
                            List.of(
                                    new Choice("Tidy: the figures format, re-importable", TIDY),
                                    new Choice("Table: a row per trust, for a chart", TABLE))))
            .slow();

    private final Reference reference;
    private final Lookups lookups;
    private final StrikeSelection selection;
    private final FigureQueries queries;

    public ExportCommand(Reference reference, Lookups lookups, StrikeSelection selection, FigureQueries queries) {
        this.reference = reference;
        this.lookups = lookups;
        this.selection = selection;
        this.queries = queries;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    /**
     * A table is of the trusts in one strike, so with {@code format:table} the strike option offers no {@code all} and
     * the trust option only trusts; the tidy format takes every strike, and England or a region.
     */
    @Override
    public Completion completion(OptionSpec option, Map<String, String> filled) {
        if (!TABLE.equalsIgnoreCase(filled.getOrDefault(Options.FORMAT, "").strip())) {
            return option.completion();
        }
        return switch (option.name()) {
            case Options.STRIKE -> Completion.ONE_STRIKE;
            case Options.TRUST -> Completion.NHS_TRUST;
            default -> option.completion();
        };
    }

    @Override
    public Reply handle(CommandRequest request) {
        String format = request.option(Options.FORMAT).orElse(TIDY).toLowerCase(Locale.ROOT);
        if (!format.equals(TIDY) && !format.equals(TABLE)) {
            return Reply.error(
                    "Which format?",
                    "format: can be tidy or table, not \""
                            + Ellipsis.clip(request.option(Options.FORMAT).get(), 30) + "\".");
        }
        return scope(request)
                .then(scope -> strike(request, scope)
                        .then(choice -> sized(
                                request, format.equals(TIDY) ? tidy(request, scope, choice) : table(scope, choice))));
    }

    private Lookup<ExportScope> scope(CommandRequest request) {
        Lookup<Optional<Region>> region = lookups.region(request, Options.REGION);
        if (request.option(Options.TRUST).isEmpty()) {
            return region.map(within -> new ExportScope(Optional.empty(), new Area(reference, within)));
        }
        return lookups.organisation(request, Options.TRUST)
                .flatMap(org -> region.flatMap(within -> agree(org, within)));
    }

    /** The organisation's figures, when it is in the region also named (if one is). */
    private Lookup<ExportScope> agree(Organisation org, Optional<Region> within) {
        if (within.isPresent() && org.region() != within.get()) {
            return new Lookup.Failed<>(Reply.error(
                    "Trust and region disagree",
                    org.displayName() + " is not in the " + within.get().displayName() + " region. Give trust: for"
                            + " one trust's figures, or region: for a region and its trusts."));
        }
        return new Lookup.Found<>(new ExportScope(Optional.of(org), new Area(reference, within)));
    }

    private Lookup<StrikeChoice> strike(CommandRequest request, ExportScope scope) {
        return scope.org()
                .map(org -> selection.strike(request, Options.STRIKE, org))
                .orElseGet(() -> selection.strike(request, Options.STRIKE));
    }

    /** The figures in the tidy format: every strike unless one is asked for, or explicitly the latest. */
    private Reply tidy(CommandRequest request, ExportScope scope, StrikeChoice choice) {
        Optional<Strike> strike = choice instanceof StrikeChoice.One one
                ? Optional.of(one.strike())
                : choice instanceof StrikeChoice.Latest
                                && request.option(Options.STRIKE).isPresent()
                        ? latest(scope)
                        : Optional.empty();
        if (choice instanceof StrikeChoice.Latest
                && request.option(Options.STRIKE).isPresent()
                && strike.isEmpty()) {
            return nothing(scope, Optional.empty());
        }
        List<Figure> figures = queries.allFigures().stream()
                .filter(scope::includes)
                .filter(figure ->
                        strike.map(s -> s.id().equals(figure.strikeId())).orElse(true))
                .toList();
        if (figures.isEmpty()) {
            return nothing(scope, strike);
        }
        String name =
                "strikedesk-figures" + scope.code().map(code -> "-" + code).orElse("")
                        + strike.map(s -> "-" + s.id()).orElse("") + ".csv";
        String what =
                scope.describe() + ", " + strike.map(ExportCommand::describe).orElse("every strike");
        Reply.Builder reply = Reply.builder(Reply.Tone.ANSWER)
                .title("Figures: " + what)
                .text(count(figures.size(), "figure") + " in the tidy figures format, with their sources and"
                        + " publication dates. Imported again (/ingest, bin/strikedesk ingest) into a store that holds"
                        + " the same figures, the file changes nothing.")
                .attachment(new Reply.Attachment(name, FigureExports.tidy(figures), "Figures: " + what))
                .caveat(Caveats.SHORT);
        Source.byUrl(StrikeFigures.sourcesOf(figures)).forEach(source -> reply.source(Publishers.line(source)));
        return reply.shows(figures).build();
    }

    /** The newest strike with figures in the scope. */
    private Optional<Strike> latest(ExportScope scope) {
        Map<String, Set<String>> coverage = queries.coverage();
        return reference.calendar().newestFirst().stream()
                .filter(s -> coverage.getOrDefault(s.id(), Set.of()).stream().anyMatch(scope::includes))
                .findFirst();
    }

    /** A row per trust in one strike: the one asked for, else the latest with trust figures in the scope. */
    private Reply table(ExportScope scope, StrikeChoice choice) {
        if (choice instanceof StrikeChoice.All) {
            return Reply.error(
                    "One strike, please",
                    "A table has a row per trust in one strike: give a strike id, latest, or words such as"
                            + " \"april 2023\". For every strike, use format:tidy.");
        }
        if (scope.org().filter(org -> !org.isTrust()).isPresent()) {
            return Reply.error(
                    "A table is of trusts",
                    "A table has a row per trust: leave out trust: for every trust in England, or give region: for a"
                            + " region's trusts.");
        }
        Map<String, Set<String>> coverage = queries.coverage();
        Optional<Strike> strike = choice instanceof StrikeChoice.One one
                ? Optional.of(one.strike())
                : scope.org()
                        .map(org -> queries.latestWithFigures(org.code()))
                        .orElseGet(() -> scope.area().strikesWithTrustFigures(coverage).stream()
                                .findFirst());
        List<FigureExports.TableRow> rows = strike.map(s -> queries.everyOrganisationIn(s).stream()
                        .filter(figures -> scope.includes(figures.orgCode())
                                && scope.area().hasTrust(figures.orgCode()))
                        .map(figures -> new FigureExports.TableRow(organisation(figures.orgCode()), figures))
                        .toList())
                .orElse(List.of());
        if (rows.isEmpty()) {
            return nothing(scope, strike);
        }
        Strike shown = strike.get();
        StrikeFigures england = queries.england(shown);
        String name = "strikedesk-table-" + scope.code().orElse("ENG") + "-" + shown.id() + ".csv";
        String where = scope.org()
                .map(Organisation::displayName)
                .orElse("trusts in " + scope.area().inText());
        String title = "Table: " + where + ", " + describe(shown);
        Reply.Builder reply = Reply.builder(Reply.Tone.ANSWER)
                .title(title)
                .text(tableText(rows.size(), england))
                .attachment(new Reply.Attachment(name, FigureExports.table(rows, england), title))
                .caveat(Caveats.SHORT);
        List<Source> sources = new ArrayList<>();
        rows.forEach(row -> sources.addAll(row.figures().sources()));
        england.acute().ifPresent(total -> sources.addAll(StrikeFigures.sourcesOf(total.basis())));
        Source.byUrl(sources).forEach(source -> reply.source(Publishers.line(source)));
        rows.forEach(row -> reply.shows(row.figures().shown()));
        england.acute().ifPresent(total -> reply.shows(total.basis()));
        return reply.build();
    }

    private static String tableText(int rows, StrikeFigures england) {
        boolean shares = england.acute()
                .filter(total -> !total.partial() && total.value() > 0)
                .isPresent();
        return count(rows, "trust") + ", a row each with code, name, region, inpatient and day case, outpatient,"
                + " total, staff absent on the peak day and share of England's total, ready for a charting tool such"
                + " as Datawrapper or Flourish. A blank cell was not published; notes say which totals are partial."
                + (shares ? "" : " England's total for this strike is not known, so no shares are given.");
    }

    /** Why the export would be empty, as /cancellations and /top say it. */
    private Reply nothing(ExportScope scope, Optional<Strike> strike) {
        if (scope.org().isPresent()) {
            Organisation org = scope.org().get();
            if (strike.isPresent()) {
                Lookup<StrikeFigures> figures = selection.one(org, new StrikeChoice.One(strike.get()));
                if (figures instanceof Lookup.Failed<StrikeFigures> failed) {
                    return failed.reply();
                }
            }
            return selection.noFigures(org);
        }
        if (scope.area().region().isEmpty() && strike.isPresent()) {
            return Reply.builder(Reply.Tone.WARNING)
                    .title("Nothing to export")
                    .text("No figures have been published for the "
                            + strike.get().name() + " of "
                            + HouseStyle.days(strike.get().days()) + ". /strikes shows which strikes have figures.")
                    .build();
        }
        return scope.area().noTrustFigures("Nothing to export", strike, queries.coverage());
    }

    /** The reply, or why its file is not sent: it is larger than the place it goes to accepts. */
    private static Reply sized(CommandRequest request, Reply reply) {
        long largest = reply.attachments().stream()
                .mapToLong(file -> file.content().length)
                .max()
                .orElse(0);
        if (largest <= request.maxFileBytes()) {
            return reply;
        }
        return Reply.error(
                "File too large",
                "The export is " + megabytes(largest) + ", more than the " + megabytes(request.maxFileBytes())
                        + " Discord accepts here. Ask for less (one strike, one region or one trust), or run"
                        + " bin/strikedesk export, which writes a file of any size.");
    }

    /** "10 MB", "12.3 MB", "15 KB": a size as Discord states its limits (in units of 1,024 and 1,048,576 bytes). */
    public static String megabytes(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        long tenths = Math.round(bytes * 10.0 / (1024 * 1024));
        return (tenths % 10 == 0 ? Long.toString(tenths / 10) : tenths / 10 + "." + tenths % 10) + " MB";
    }

    private Organisation organisation(String code) {
        return reference.directory().byCode(code).orElseThrow();
    }

    /** "nurses' strike, 15 and 20 December 2022". */
    private static String describe(Strike strike) {
        return strike.name() + ", " + HouseStyle.days(strike.days());
    }

    /** "1 figure", "2,409 figures". */
    private static String count(long count, String noun) {
        return HouseStyle.number(count) + " " + noun + (count == 1 ? "" : "s");
    }
}
