package org.strikedesk.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.strikedesk.figures.Figure;
import org.strikedesk.ingest.errors.Sizes;

/** An import's notices in words: which rows were not applied and which acute figures replies will not show. */
final class NoticeLines {
    /** Notices listed in full; beyond this they are counted. */
    static final int LISTED = 3;

    private NoticeLines() {}

    /** The notices for the one-line summary, naming figures by their codes; empty when there are none. */
    static String inSummary(ImportNotices notices) {
        return notices.isEmpty()
                ? ""
                : "; " + String.join("; ", sentences(notices, NoticeLines::byCode, NoticeLines::scopeByCode));
    }

    /** One sentence for each kind of notice, naming figures as {@code name} and {@code scope} do. */
    static List<String> sentences(
            ImportNotices notices, Function<Figure, String> name, Function<Figure.Scope, String> scope) {
        List<String> sentences = new ArrayList<>();
        int older = notices.superseded().size();
        if (older > 0) {
            sentences.add((older == 1
                            ? "1 row is older than the figure held and was not applied: "
                            : older + " rows are older than the figures held and were not applied: ")
                    + listed(
                            notices.superseded(),
                            s -> name.apply(s.incoming()) + ", "
                                    + Sizes.number(s.incoming().value())
                                    + published(s.incoming()) + " against "
                                    + Sizes.number(s.held().value()) + " held"
                                    + published(s.held())));
        }
        int hidden = notices.acuteNotShown().size();
        if (hidden > 0) {
            sentences.add((hidden == 1
                            ? "1 acute_rescheduled figure will not be shown, because"
                            : hidden + " acute_rescheduled figures will not be shown, because")
                    + " inpatient and outpatient figures for the same strike are held and replies add those instead: "
                    + listed(
                            notices.acuteNotShown(),
                            a -> scope.apply(a.scope()) + ", acute " + Sizes.number(a.acute())
                                    + " against " + Sizes.number(a.inpatient()) + " + " + Sizes.number(a.outpatient())
                                    + " = "
                                    + Sizes.number(a.inpatient() + a.outpatient())));
        }
        return sentences;
    }

    private static <T> String listed(List<T> items, Function<T, String> line) {
        String shown = items.stream().limit(LISTED).map(line).collect(Collectors.joining("; "));
        return items.size() > LISTED ? shown + "; and " + (items.size() - LISTED) + " more" : shown;
    }

    private static String published(Figure figure) {
        return figure.published() == null ? " (no publication date)" : " (published " + figure.published() + ")";
    }

    private static String byCode(Figure figure) {
        return figure.orgCode() + " " + figure.metric().id() + " " + figure.strikeId() + " "
                + (figure.day() == null ? "whole strike" : figure.day().toString());
    }

    private static String scopeByCode(Figure.Scope scope) {
        return scope.orgCode() + " " + scope.strikeId();
    }
}
