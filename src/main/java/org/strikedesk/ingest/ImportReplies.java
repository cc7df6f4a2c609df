package org.strikedesk.ingest;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.strikedesk.figures.Figure;
import org.strikedesk.figures.Strike;
import org.strikedesk.ingest.errors.ImportError;
import org.strikedesk.reference.Reference;
import org.strikedesk.replies.Ellipsis;
import org.strikedesk.replies.HouseStyle;
import org.strikedesk.replies.Reply;
import org.strikedesk.trusts.Organisation;

/** An import's report as a reply: what changed, with a few examples, or why the file was rejected. */
public final class ImportReplies {
    static final int ERRORS_SHOWN = 10;
    static final int EXAMPLES_SHOWN = 5;
    static final int FINDINGS_SHOWN = 3;

    private final Reference reference;

    public ImportReplies(Reference reference) {
        this.reference = reference;
    }

    public Reply of(ImportReport report) {
        return report.handle(new ImportReport.Handler<>() {
            @Override
            public Reply imported(ImportReport.Imported imported) {
                return ImportReplies.this.imported(imported);
            }

            @Override
            public Reply held(ImportReport.Held held) {
                return ImportReplies.this.held(held);
            }

            @Override
            public Reply unchanged(ImportReport.Unchanged unchanged) {
                return ImportReplies.this.unchanged(unchanged);
            }

            @Override
            public Reply repeat(ImportReport.Repeat repeat) {
                return ImportReplies.this.unchanged(repeat);
            }

            @Override
            public Reply rejected(ImportReport.Rejected rejected) {
                return ImportReplies.rejected(rejected);
            }

            @Override
            public Reply calendar(ImportReport.Calendar calendar) {
                return ImportReplies.calendar(calendar);
            }
        });
    }

    /** A strikes file: the strikes added to the calendar or changed in it. */
    private static Reply calendar(ImportReport.Calendar report) {
        if (report.outcome() == ImportReport.Outcome.UNCHANGED) {
            return Reply.info("No change: " + Ellipsis.clip(report.arrival().file(), 200), report.summary());
        }
        Reply.Builder reply = Reply.builder(Reply.Tone.ANSWER)
                .title(Ellipsis.clip(
                        "Strike calendar updated from " + report.arrival().file(), 250))
                .text(report.summary() + ". Commands know the strikes now.");
        if (!report.added().isEmpty()) {
            reply.field("Added", strikes(report.added()), false);
        }
        if (!report.changed().isEmpty()) {
            reply.field("Changed", strikes(report.changed()), false);
        }
        return reply.build();
    }

    private static String strikes(List<Strike> strikes) {
        String shown = strikes.stream()
                .limit(EXAMPLES_SHOWN)
                .map(s -> "\u2022 " + s.id() + ": " + s.name() + ", " + HouseStyle.days(s.days()))
                .collect(Collectors.joining("\n"));
        int more = strikes.size() - EXAMPLES_SHOWN;
        return shown + (more > 0 ? "\nand " + HouseStyle.number(more) + " more" : "");
    }

    /** Stored, not published: what looked wrong, what it would change, and what happens next. */
    private Reply held(ImportReport.Held report) {
        ImportReport.Counts counts = report.counts();
        Reply.Builder reply = Reply.builder(Reply.Tone.WARNING)
                .title(Ellipsis.clip("Held for review: " + report.arrival().file(), 250))
                .text("Stored but not published (import #" + report.id() + "): it would " + wouldChange(counts)
                        + ", and something in it looks wrong. Replies keep showing the figures published before,"
                        + " and its posts wait, until an editor approves it (/review, or review approve "
                        + report.id() + " at the console) or rejects it.");
        reply.field("What looks wrong", findings(report.findings()), false);
        reply.field("It would change", examples(report.changes()), false);
        return reply.build();
    }

    /** "add no figures and revise one", "add two figures and revise 1,200": what an import would change. */
    public static String wouldChange(ImportReport.Counts counts) {
        return "add " + HouseStyle.count(counts.added()) + (counts.added() == 1 ? " figure" : " figures")
                + " and revise " + HouseStyle.count(counts.revised());
    }

    /** The findings as a list, the first few in full. */
    public static String findings(List<Finding> findings) {
        List<String> lines = findings.stream()
                .limit(FINDINGS_SHOWN)
                .map(f -> "\u2022 " + Ellipsis.clip(f.text(), 300))
                .collect(Collectors.toList());
        if (findings.size() > FINDINGS_SHOWN) {
            lines.add("and " + HouseStyle.number(findings.size() - FINDINGS_SHOWN) + " more");
        }
        return String.join("\n", lines);
    }

    private static Reply rejected(ImportReport report) {
        List<String> lines = report.errors().stream()
                .limit(ERRORS_SHOWN)
                .map(ImportReplies::line)
                .collect(Collectors.toList());
        int more = report.errorCount() - Math.min(ERRORS_SHOWN, report.errors().size());
        if (more > 0) {
            lines.add("and " + HouseStyle.number(more) + " more");
        }
        String count = HouseStyle.number(report.errorCount()) + (report.errorCount() == 1 ? " error" : " errors");
        return Reply.builder(Reply.Tone.ERROR)
                .title(Ellipsis.clip("Rejected: " + report.arrival().file(), 250))
                .text("Nothing was imported (" + count + ", import #" + report.id() + "):\n" + String.join("\n", lines)
                        + "\n\nFix the file and upload it again.")
                .build();
    }

    private static String line(ImportError error) {
        String where = error.location();
        return "\u2022 " + Ellipsis.clip((where.isEmpty() ? "" : where + ": ") + error.message(), 300);
    }

    private Reply imported(ImportReport report) {
        ImportReport.Counts counts = report.counts();
        Reply.Builder reply = Reply.builder(Reply.Tone.ANSWER)
                .title(Ellipsis.clip("Imported " + report.arrival().file(), 250))
                .text(HouseStyle.number(counts.added()) + " added, " + HouseStyle.number(counts.revised())
                        + " revised, " + HouseStyle.number(counts.unchanged()) + " unchanged (import #" + report.id()
                        + ").");
        reply.field(report.changes().size() == 1 ? "The change" : "Examples", examples(report.changes()), false);
        notices(report.notices()).forEach(line -> reply.field("Not applied or not shown", line, false));
        return reply.build();
    }

    private Reply unchanged(ImportReport report) {
        String title = "No change: " + Ellipsis.clip(report.arrival().file(), 200);
        List<String> notices = notices(report.notices());
        if (notices.isEmpty()) {
            return Reply.info(title, report.summary());
        }
        return Reply.info(title, "Nothing was imported.\n" + String.join("\n", notices));
    }

    /** The notices in sentences, naming organisations and strikes as replies do. */
    private List<String> notices(ImportNotices notices) {
        return NoticeLines.sentences(notices, this::what, this::where).stream()
                .map(line -> Ellipsis.shorten(line, 1_000))
                .toList();
    }

    private String where(Figure.Scope scope) {
        String org = reference
                .directory()
                .byCode(scope.orgCode())
                .map(Organisation::displayName)
                .orElse(scope.orgCode());
        String strike =
                reference.calendar().byId(scope.strikeId()).map(Strike::name).orElse(scope.strikeId());
        return org + " (" + strike + ")";
    }

    /** A few changes, revisions first, and how many more. */
    private String examples(List<FigureChange> changes) {
        List<FigureChange> examples = changes.stream()
                .sorted(Comparator.comparing(change -> !change.isRevision()))
                .limit(EXAMPLES_SHOWN)
                .toList();
        String shown = examples.stream().map(this::example).collect(Collectors.joining("\n"));
        int more = changes.size() - examples.size();
        return shown + (more > 0 ? "\nand " + HouseStyle.number(more) + " more" : "");
    }

    private String example(FigureChange change) {
        Figure after = change.after();
        String value = change.isRevision()
                ? "was " + HouseStyle.number(change.before().value()) + ", now " + HouseStyle.number(after.value())
                : HouseStyle.number(after.value()) + " (new)";
        return "\u2022 " + Ellipsis.clip(what(after), 150) + ": " + value;
    }

    private String what(Figure figure) {
        String org = reference
                .directory()
                .byCode(figure.orgCode())
                .map(Organisation::displayName)
                .orElse(figure.orgCode());
        String strike =
                reference.calendar().byId(figure.strikeId()).map(Strike::name).orElse(figure.strikeId());
        String when = figure.day() == null ? "whole strike" : HouseStyle.date(figure.day());
        return org + ", " + figure.metric().label().toLowerCase(Locale.UK) + ", " + when + " (" + strike + ")";
    }
}
