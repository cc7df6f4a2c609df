package org.strikedesk.commands;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a command is: its name, description and options, and who may use it.
 *
 * @param name the slash command's name
 * @param description one line in en-GB, at most 100 characters
 * @param options its options, required ones first
 * @param adminOnly only members who can manage the server may use it (checked again when it runs)
 * @param mayBeSlow whether the reply can take long enough that it must be acknowledged first
 * @param forEditors the editors' role passes the check when the command runs, as Manage Server does (an admin
 *     command that editors use)
 * @param audience who sees its replies (errors are always for the asker alone)
 */
public record CommandSpec(
        String name,
        String description,
        List<OptionSpec> options,
        boolean adminOnly,
        boolean mayBeSlow,
        boolean forEditors,
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
        return new CommandSpec(name, description, List.of(options), false, false, false, Audience.CHANNEL);
    }

    /** The same command, for server managers only. */
    public CommandSpec forAdmins() {
        return new CommandSpec(name, description, options, true, mayBeSlow, false, audience);
    }

    /**
     * The same command, for editors: hidden like an admin command from members without Manage Server, and allowed
     * when it runs to server managers and to the editors' role (see {@link Editors}).
     */
    public CommandSpec editorsOnly() {
        return new CommandSpec(name, description, options, true, mayBeSlow, true, audience);
    }

    /** The same command, acknowledged before it is answered. */
    public CommandSpec slow() {
        return new CommandSpec(name, description, options, adminOnly, true, forEditors, audience);
    }

    /** The same command, answering only the person who asked. */
    public CommandSpec privately() {
        return new CommandSpec(name, description, options, adminOnly, mayBeSlow, forEditors, Audience.ASKER);
    }

    /** Whether {@code invoker} may use this command, with {@code editors} deciding who editors are. */
    public boolean allows(Invoker invoker, Editors editors) {
        return !adminOnly || invoker.admin() || (forEditors && editors.include(invoker));
    }

    public Optional<OptionSpec> option(String optionName) {
        return options.stream().filter(o -> o.name().equals(optionName)).findFirst();
    }

    /**
     * What is wrong with the options of a request for this command, if anything: an option it does not have, or a
     * required one left out (a required file counts as given when it was uploaded).
     *
     * @param given option values by name
     * @param uploads uploaded files by option name
     */
    public Optional<String> problemWith(Map<String, String> given, Map<String, Upload> uploads) {
        for (String optionName : given.keySet()) {
            if (option(optionName).isEmpty()) {
                return Optional.of(noSuchOption(optionName));
            }
        }
        for (String optionName : uploads.keySet()) {
            if (option(optionName).isEmpty()) {
                return Optional.of(noSuchOption(optionName));
            }
        }
        for (OptionSpec option : options) {
            String value = given.get(option.name());
            boolean present = option.type() == OptionType.ATTACHMENT
                    ? uploads.containsKey(option.name())
                    : value != null && !value.isBlank();
            if (option.required() && !present) {
                return Optional.of(missing(option));
            }
        }
        return Optional.empty();
    }

    /** "/cancellations has no option bogus: (its options are trust: and strike:)." */
    public String noSuchOption(String optionName) {
        String known = options.isEmpty() ? "it takes no options" : "its options are " + listed();
        return "/" + name + " has no option " + optionName + ": (" + known + ").";
    }

    /** "/compare is missing other: (the trust to compare it with; or England)." */
    public String missing(OptionSpec option) {
        return "/" + name + " is missing " + option.name() + ": (" + lowerFirst(option.description()) + ").";
    }

    /** "trust: is given twice; give each option once." */
    public static String givenTwice(String optionName) {
        return optionName + ": is given twice; give each option once.";
    }

    /** "trust: and strike:", "trust:, other: and strike:". */
    private String listed() {
        List<String> names = options.stream().map(o -> o.name() + ":").toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", ")) + " and "
                + names.get(names.size() - 1);
    }

    private static String lowerFirst(String text) {
        boolean acronym = text.length() > 1 && Character.isUpperCase(text.charAt(1));
        return text.isEmpty() || acronym ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
