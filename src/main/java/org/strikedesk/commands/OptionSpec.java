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
 */
public record OptionSpec(
        String name,
        String description,
        OptionType type,
        boolean required,
        Completion completion,
        List<Choice> choices) {

    public OptionSpec {
        choices = List.copyOf(choices);
        if (!choices.isEmpty() && completion != Completion.NONE) {
            throw new IllegalArgumentException("option " + name + " has both fixed choices and autocomplete");
        }
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

    public static OptionSpec choices(String name, String description, boolean required, List<Choice> choices) {
        return new OptionSpec(name, description, OptionType.STRING, required, Completion.NONE, choices);
    }
}
