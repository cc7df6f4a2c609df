package org.strikedesk.figures;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One published figure: a count for an organisation in a strike, for one day or the whole strike, with the
 * publication it comes from.
 *
 * @param strikeId the strike
 * @param orgCode the organisation's code ({@code ENG}, a region, or a trust)
 * @param day the strike day, or null for a whole-strike figure
 * @param metric what is counted
 * @param value the count
 * @param source the URL of the publication
 * @param published when that publication appeared, if known
 */
public record Figure(
        String strikeId,
        String orgCode,
        @Nullable LocalDate day,
        Metric metric,
        long value,
        String source,
        @Nullable LocalDate published) {

    public Figure {
        Objects.requireNonNull(strikeId, "strikeId");
        Objects.requireNonNull(orgCode, "orgCode");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(source, "source");
    }

    public boolean wholeStrike() {
        return day == null;
    }

    /** The figure's identity: a file may hold each key once, and the store keeps one current value per key. */
    public Key key() {
        return new Key(strikeId, orgCode, day, metric);
    }

    /** The organisation in the strike that this figure is for. */
    public Scope scope() {
        return new Scope(orgCode, strikeId);
    }

    /** What identifies a figure, whatever its value. */
    public record Key(
            String strikeId, String orgCode, @Nullable LocalDate day, Metric metric) {
        @Override
        public int hashCode() {
            return spread(spread(spread(spread(0, strikeId), orgCode), day), metric);
        }
    }

    /**
     * A hash that takes in one more part. Codes and strike ids are short strings alike but for a character or two
     * (RWH, RWJ; synthetic-01, synthetic-11), whose hashes differ by small steps: combined as a record combines
     * them (31 times the one, plus the other), many pairs collide, and the buckets of a map of an England-scale
     * import's figures turn into trees. Multiplied by an odd constant and folded, they spread.
     */
    static int spread(int hash, @Nullable Object part) {
        int mixed = (hash ^ Objects.hashCode(part)) * 0x9E3779B9;
        return mixed ^ (mixed >>> 15);
    }

    /**
     * An organisation in a strike: what a set of figures, a card or a post is about.
     *
     * @param orgCode the organisation's code
     * @param strikeId the strike
     */
    public record Scope(String orgCode, String strikeId) {
        public Scope {
            Objects.requireNonNull(orgCode, "orgCode");
            Objects.requireNonNull(strikeId, "strikeId");
        }

        @Override
        public int hashCode() {
            return spread(spread(0, orgCode), strikeId);
        }
    }
}
