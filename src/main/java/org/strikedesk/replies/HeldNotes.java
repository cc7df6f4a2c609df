package org.strikedesk.replies;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.strikedesk.figures.HeldFigure;
import org.strikedesk.figures.StrikeFigures;

/**
 * What replies say about figures held for review: never the held values, only that newer figures wait for an
 * editor, from which file, and why. The figures shown beside the note are those published before.
 */
public final class HeldNotes {
    /** The field's name, where a reply has fields. */
    public static final String FIELD = "Held for review";

    /** Held imports named in one note before the rest are counted. */
    static final int NAMED = 2;

    private HeldNotes() {}

    /**
     * "A newer figure from june.csv (import #12) is held for review: … Shown here: the figures published before.",
     * or nothing when no figure is held.
     */
    public static Optional<String> note(StrikeFigures figures) {
        List<HeldFigure> held = figures.held();
        if (held.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, HeldFigure> byImport = new LinkedHashMap<>();
        held.forEach(figure -> byImport.putIfAbsent(figure.importId(), figure));
        String from = byImport.values().stream()
                .limit(NAMED)
                .map(figure -> Ellipsis.clip(figure.file(), 80) + " (import #" + figure.importId() + "), held because: "
                        + Ellipsis.clip(figure.reason(), 400))
                .collect(Collectors.joining("; and "));
        int more = byImport.size() - NAMED;
        String others = more > 0 ? "; and " + HouseStyle.count(more) + " more imports" : "";
        String count = held.size() == 1
                ? "A newer figure"
                : HouseStyle.capitalised(HouseStyle.count(held.size())) + " newer figures";
        String shown = figures.isEmpty()
                ? " StrikeDesk shows them once an editor approves them."
                : " Shown here: the figures published before.";
        return Optional.of(Ellipsis.shorten(
                count + (held.size() == 1 ? " is" : " are") + " held for review, from " + from + others + "." + shown,
                1_000));
    }

    /** The reply with the note as a field, when figures are held. */
    public static Reply withNote(Reply reply, StrikeFigures figures) {
        return note(figures)
                .map(note -> reply.toBuilder().field(FIELD, note, false).build())
                .orElse(reply);
    }
}
