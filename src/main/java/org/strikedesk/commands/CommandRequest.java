package org.strikedesk.commands;

import java.util.Map;
import java.util.Optional;

/**
 * A command as asked: its options as text, who asked, any uploaded files, and how large a file the answer may carry.
 *
 * @param command the command's name
 * @param options option values by name, as typed (channels as ids)
 * @param invoker who asked
 * @param uploads files by option name
 * @param maxFileBytes the largest file the reply may carry where it is shown (a Discord server's upload limit), or
 *     {@link #NO_FILE_LIMIT}
 */
public record CommandRequest(
        String command, Map<String, String> options, Invoker invoker, Map<String, Upload> uploads, long maxFileBytes) {

    /** No limit on the files a reply carries, as at the console. */
    public static final long NO_FILE_LIMIT = Long.MAX_VALUE;

    public CommandRequest {
        options = Map.copyOf(options);
        uploads = Map.copyOf(uploads);
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("a reply's files may be at most " + maxFileBytes + " bytes");
        }
    }

    /** A request whose reply may carry files of any size. */
    public CommandRequest(String command, Map<String, String> options, Invoker invoker, Map<String, Upload> uploads) {
        this(command, options, invoker, uploads, NO_FILE_LIMIT);
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
