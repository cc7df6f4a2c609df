package org.strikedesk.review;

import java.time.Clock;
import java.util.List;
import org.strikedesk.answers.ReviewDecisions;
import org.strikedesk.commands.Editors;
import org.strikedesk.commands.SlashCommand;
import org.strikedesk.commands.StatusContributor;
import org.strikedesk.config.ReviewConfig;
import org.strikedesk.figures.FigureQueries;
import org.strikedesk.ingest.HeldImports;
import org.strikedesk.ingest.ImportReplies;
import org.strikedesk.ingest.Importer;
import org.strikedesk.reference.Reference;
import org.strikedesk.replies.HouseStyle;
import org.strikedesk.replies.Reply;
import org.strikedesk.store.Database;

/**
 * Editors' review assembled: the plausibility gate on every import, the review card posted for each import it
 * holds, {@code /review}, and Approve and Reject.
 */
public final class Reviews {
    private final HeldImports held;
    private final Editors editors;
    private final ReviewDesk desk;

    public Reviews(
            ReviewConfig config,
            Database database,
            Reference reference,
            FigureQueries queries,
            Importer importer,
            Clock clock) {
        this.held = new HeldImports(database);
        this.editors = new Editors(config.editorsRole());
        if (config.gate()) {
            importer.holdWith(new PlausibilityGate(queries, reference.directory(), config));
        }
        importer.addListener(
                new ReviewNotices(config.editorsChannel(), new ReviewCards(new ImportReplies(reference)), clock));
        this.desk = new ReviewDesk(importer, editors);
    }

    /** Who editors are. */
    public Editors editors() {
        return editors;
    }

    /** Approve and Reject. */
    public ReviewDecisions decisions() {
        return desk;
    }

    public HeldImports held() {
        return held;
    }

    /** The editors' commands for review. */
    public List<SlashCommand> commands() {
        return List.of(new ReviewCommand(held));
    }

    /** What {@code /status} says: how many imports wait for an editor. */
    public StatusContributor status() {
        return () -> {
            int waiting = held.waiting().size();
            return waiting == 0
                    ? List.of()
                    : List.of(new Reply.Field(
                            "Held for review",
                            HouseStyle.capitalised(HouseStyle.count(waiting))
                                    + (waiting == 1 ? " import waits" : " imports wait")
                                    + " for an editor: /review",
                            true));
        };
    }
}
