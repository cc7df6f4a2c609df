package org.strikedesk.commands;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a command is: its name, description and options, and who may use it.
 *
 * @param name the slash command's name
 * @param description one line in en-GB, at most 100 characters
 * @param options its options, required ones first
 * @param adminOnly only members who can manage the server may use it (checked again when it runs)
 * @param mayBeSlow whether the reply can take long enough that it must be acknowledged first
 * @param audience who sees its replies (errors are always for the asker alone)
 */
public record CommandSpec(
        String name,
        String description,
        List<OptionSpec> options,
        boolean adminOnly,
        boolean mayBeSlow,
        Audience audience) {

    public CommandSpec {
        options = List.copyOf(options);
        Objects.requireNonNull(audience, "audience");
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
        return new CommandSpec(name, description, List.of(options), false, false, Audience.CHANNEL);
    }

    /** The same command, for server managers only. */
    public CommandSpec forAdmins() {
        return new CommandSpec(name, description, options, true, mayBeSlow, audience);
    }

    /** The same command, acknowledged before it is answered. */
    public CommandSpec slow() {
        return new CommandSpec(name, description, options, adminOnly, true, audience);
    }

    /** The same command, answering only the person who asked. */
    public CommandSpec privately() {
        return new CommandSpec(name, description, options, adminOnly, mayBeSlow, Audience.ASKER);
    }

    public Optional<OptionSpec> option(String optionName) {
        return options.stream().filter(o -> o.name().equals(optionName)).findFirst();
    }
}
