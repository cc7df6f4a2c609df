package org.strikedesk.commands;

import java.util.List;

/**
 * One option of a command.
 *
 * @param name the option's name, lower case
 * @param description what it is for, in en-GB
 * @param type the kind of value
 * @param required whether it must be given
 * @param completion what autocomplete offers for it
 * @param choices fixed choices, if any (no autocomplete then)
 * @param min the smallest value a whole-number option takes, or null
 * @param max the largest value a whole-number option takes, or null
 */
public record OptionSpec(
        String name,
        String description,
        OptionType type,
        boolean required,
        Completion completion,
        List<Choice> choices,
        Integer min,
        Integer max) {

    public OptionSpec {
        choices = List.copyOf(choices);
        if (!choices.isEmpty() && completion != Completion.NONE) {
            throw new IllegalArgumentException("option " + name + " has both fixed choices and autocomplete");
        }
        if ((min != null || max != null) && (type != OptionType.INTEGER || min == null || max == null || min > max)) {
            throw new IllegalArgumentException("option " + name + ": a range needs a whole-number option, min <= max");
        }
    }

    /** An option with no range. */
    public OptionSpec(
            String name,
            String description,
            OptionType type,
            boolean required,
            Completion completion,
            List<Choice> choices) {
        this(name, description, type, required, completion, choices, null, null);
    }

    public static OptionSpec required(String name, String description, Completion completion) {
        return new OptionSpec(name, description, OptionType.STRING, true, completion, List.of());
    }

    public static OptionSpec optional(String name, String description, Completion completion) {
        return new OptionSpec(name, description, OptionType.STRING, false, completion, List.of());
    }

    public static OptionSpec of(String name, String description, OptionType type, boolean required) {
        return new OptionSpec(name, description, type, required, Completion.NONE, List.of());
    }

    /** A whole-number option from {@code min} to {@code max}; Discord refuses other values before sending them. */
    public static OptionSpec integer(String name, String description, boolean required, int min, int max) {
        return new OptionSpec(name, description, OptionType.INTEGER, required, Completion.NONE, List.of(), min, max);
    }

    public static OptionSpec choices(String name, String description, boolean required, List<Choice> choices) {
        return new OptionSpec(name, description, OptionType.STRING, required, Completion.NONE, choices);
    }
}
