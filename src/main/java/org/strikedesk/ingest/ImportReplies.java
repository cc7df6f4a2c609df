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

    private final Reference reference;

    public ImportReplies(Reference reference) {
        this.reference = reference;
    }

    public Reply of(ImportReport report) {
        return switch (report.outcome()) {
            case REJECTED -> rejected(report);
            case UNCHANGED -> unchanged(report);
            case IMPORTED -> imported(report);
        };
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
        List<FigureChange> examples = report.changes().stream()
                .sorted(Comparator.comparing(change -> !change.isRevision()))
                .limit(EXAMPLES_SHOWN)
                .toList();
        String shown = examples.stream().map(this::example).collect(Collectors.joining("\n"));
        int more = report.changes().size() - examples.size();
        reply.field(
                examples.size() == 1 ? "The change" : "Examples",
                shown + (more > 0 ? "\nand " + HouseStyle.number(more) + " more" : ""),
                false);
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
