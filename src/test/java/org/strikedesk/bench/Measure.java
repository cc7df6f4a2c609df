package org.strikedesk.bench;

/**
 * One benchmark figure, with the floor it is set against and the goal it should meet.
 *
 * @param name what was measured
 * @param value the figure, or NaN when it could not be measured here
 * @param unit its unit
 * @param floor what the same measure gives for the floor (the least work that answers), or NaN without one
 * @param ratio value over floor (or floor over value for rates), or NaN
 * @param goal the goal in words
 * @param met whether the goal was met (as far as it could be checked without what was skipped)
 * @param skipped what was left out of this measure and why (a tool this machine lacks), or empty
 * @param spread how far the rounds the figure is the median of lay apart, in words, or empty
 */
public record Measure(
        String name,
        double value,
        String unit,
        double floor,
        double ratio,
        String goal,
        boolean met,
        String skipped,
        String spread) {

    /** A figure compared with its floor; for rates a higher value is better, so the ratio is floor / value. */
    public static Measure against(
            String name, double value, String unit, double floor, boolean rate, String goal, boolean met) {
        double ratio = rate ? floor / value : value / floor;
        return new Measure(name, value, unit, floor, ratio, goal, met, "", "");
    }

    public static Measure alone(String name, double value, String unit, String goal, boolean met) {
        return new Measure(name, value, unit, Double.NaN, Double.NaN, goal, met, "", "");
    }

    /** The same measure, saying how far the rounds it is the median of lay apart. */
    public Measure withSpread(String text) {
        return new Measure(name, value, unit, floor, ratio, goal, met, skipped, text);
    }

    /** A figure whose floor could not be measured here; {@code met} covers the rest of the goal. */
    public static Measure floorSkipped(String name, double value, String unit, String goal, boolean met, String why) {
        return new Measure(name, value, unit, Double.NaN, Double.NaN, goal, met, "floor skipped: " + why, "");
    }

    /** A measure that could not be taken here at all. */
    public static Measure skipped(String name, String unit, String goal, String why) {
        return new Measure(name, Double.NaN, unit, Double.NaN, Double.NaN, goal, false, "skipped: " + why, "");
    }

    /** "met", "MISSED" or "SKIPPED", with what was left out. */
    public String verdict() {
        if (Double.isNaN(value)) {
            return "SKIPPED (" + skipped + ")";
        }
        return (met ? "met" : "MISSED") + (skipped.isEmpty() ? "" : " (" + skipped + ")");
    }
}
