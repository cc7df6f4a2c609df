package org.strikedesk.replies;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.strikedesk.figures.Ranking;
import org.strikedesk.figures.Revision;
import org.strikedesk.figures.RunningTotal;
import org.strikedesk.figures.StrikeFigures;
import org.strikedesk.trusts.Organisation;

/**
 * Everything a story about one organisation in one strike draws on, read from the store.
 *
 * @param subject what the story is about
 * @param comparison what it is set against
 * @param revisions the subject's figures in the strike that were revised after first publication
 */
public record StoryFacts(Subject subject, Comparison comparison, List<Revision> revisions) {
    public StoryFacts {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(comparison, "comparison");
        revisions = List.copyOf(revisions);
    }

    /**
     * The organisation the story is about.
     *
     * @param org a trust, a region or England
     * @param figures its figures in the strike, which are not empty
     * @param history its figures in every strike that has any, oldest first (this one among them)
     */
    public record Subject(Organisation org, StrikeFigures figures, List<StrikeFigures> history) {
        public Subject {
            if (figures.isEmpty() || !figures.orgCode().equals(org.code())) {
                throw new IllegalArgumentException("a story needs figures for " + org.code());
            }
            history = List.copyOf(history);
        }
    }

    /**
     * What the subject is set against in the strike.
     *
     * @param region the trusts of a trust's region ranked by acute total (empty for England and a region)
     * @param peers the trusts of England ranked, for a trust; the regions ranked, for a region; empty for England
     * @param england England's figures in the strike, for its total and the subject's share of it
     * @param runningTotal England's running total after the strike, stated or summed, if there is one
     */
    public record Comparison(
            List<Ranking.Place> region,
            List<Ranking.Place> peers,
            StrikeFigures england,
            Optional<RunningTotal> runningTotal) {
        public Comparison {
            region = List.copyOf(region);
            peers = List.copyOf(peers);
            Objects.requireNonNull(england, "england");
            Objects.requireNonNull(runningTotal, "runningTotal");
        }
    }
}
