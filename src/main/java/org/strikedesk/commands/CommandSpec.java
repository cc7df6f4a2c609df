package org.strikedesk.commands;

import java.util.List;
import java.util.Optional;

/**
 * What a command is: its name, description and options, and who may use it.
 *
 * @param name the slash command's name
 * @param description one line in en-GB, at most 100 characters
 * @param options its options, required ones first
 * @param adminOnly only members who can manage the server may use it (checked again when it runs)
 * @param mayBeSlow whether the reply can take long enough that it must be acknowledged first
 */
public record CommandSpec(
        String name, String description, List<OptionSpec> options, boolean adminOnly, boolean mayBeSlow) {

    public CommandSpec {
        options = List.copyOf(options);
        boolean optionalSeen = false;
        for (OptionSpec option : options) {
            if (option.required() && optionalSeen) {
                throw new IllegalArgumentException(
                        "command " + name + ": required option " + option.name() + " comes after an optional one");
            }
            optionalSeen |= !option.required();
        }
    }

    public static CommandSpec of(String name, String description, OptionSpec... options) {
        return new CommandSpec(name, description, List.of(options), false, false);
    }

    /** The same command, for server managers only. */
    public CommandSpec forAdmins() {
        return new CommandSpec(name, description, options, true, mayBeSlow);
    }

    /** The same command, acknowledged before it is answered. */
    public CommandSpec slow() {
        return new CommandSpec(name, description, options, adminOnly, true);
    }

    public Optional<OptionSpec> option(String optionName) {
        return options.stream().filter(o -> o.name().equals(optionName)).findFirst();
    }
}
