package org.strikedesk.commands;

import java.util.Map;
import java.util.Optional;

/**
 * A command as asked: its options as text, who asked, and any uploaded files.
 *
 * @param command the command's name
 * @param options option values by name, as typed (channels as ids)
 * @param invoker who asked
 * @param uploads files by option name
 */
public record CommandRequest(
        String command, Map<String, String> options, Invoker invoker, Map<String, Upload> uploads) {

    public CommandRequest {
        options = Map.copyOf(options);
        uploads = Map.copyOf(uploads);
    }

    public static CommandRequest of(String command, Map<String, String> options, Invoker invoker) {
        return new CommandRequest(command, options, invoker, Map.of());
    }

    /** The option's text, trimmed, if given and not blank. */
    public Optional<String> option(String name) {
        String value = options.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    public Optional<Upload> upload(String name) {
        return Optional.ofNullable(uploads.get(name));
    }
}
