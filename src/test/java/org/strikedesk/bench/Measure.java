package org.strikedesk.bench;

/**
 * One benchmark figure, with the floor it is set against and the goal it should meet.
 *
 * @param name what was measured
 * @param value the figure
 * @param unit its unit
 * @param floor what the same measure gives for the floor (the least work that answers), or NaN without one
 * @param ratio value over floor (or floor over value for rates), or NaN
 * @param goal the goal in words
 * @param met whether the goal was met
 */
public record Measure(String name, double value, String unit, double floor, double ratio, String goal, boolean met) {

    /** A figure compared with its floor; for rates a higher value is better, so the ratio is floor / value. */
    public static Measure against(
            String name, double value, String unit, double floor, boolean rate, String goal, boolean met) {
        double ratio = rate ? floor / value : value / floor;
        return new Measure(name, value, unit, floor, ratio, goal, met);
    }

    public static Measure alone(String name, double value, String unit, String goal, boolean met) {
        return new Measure(name, value, unit, Double.NaN, Double.NaN, goal, met);
    }
}
