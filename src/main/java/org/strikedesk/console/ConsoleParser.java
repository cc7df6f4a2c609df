package org.strikedesk.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.strikedesk.commands.CommandRegistry;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.CommandSpec;
import org.strikedesk.commands.Invoker;
import org.strikedesk.commands.OptionSpec;
import org.strikedesk.commands.OptionType;
import org.strikedesk.replies.Ellipsis;

/**
 * Reads a command typed as in Discord: {@code /cancellations trust:ENHT strike:"april 2023"}. Command and option
 * names may be typed in any case. A value runs to the next {@code name:}, so quotes are needed only around a value
 * that itself holds a word followed by a colon. An option the command does not have, or one given twice, is named
 * in the problem, as is a command that needs a file, which only Discord can upload.
 */
public final class ConsoleParser {
    private static final Pattern COMMAND = Pattern.compile("^\\s*/?([\\p{L}\\p{N}_-]+)(.*)$", Pattern.DOTALL);
    /** An option's name: a word that starts with a letter, at the start or after a space, then a colon. */
    private static final Pattern KEY = Pattern.compile("(?<=^|\\s)(\\p{L}[\\p{L}\\p{N}_-]*):");

    private static final Pattern UNPRINTABLE = Pattern.compile("[\\s\\p{Cc}\\p{Zl}\\p{Zp}]+");

    /** What to run instead of a command that takes an uploaded file. */
    private static final String IMPORT_AT_THE_CONSOLE =
            "At the console, import a file with bin/strikedesk ingest FILE (/%s takes a file uploaded in Discord).";

    private final CommandRegistry registry;

    public ConsoleParser(CommandRegistry registry) {
        this.registry = registry;
    }

    /** The request, or one sentence, on one line, saying what is wrong with the line. */
    public Parsed parse(String line, Invoker invoker) {
        Matcher command = COMMAND.matcher(line == null ? "" : line);
        if (!command.matches()) {
            return Parsed.problem("Type a command such as /cancellations trust:ENHT, or /help.");
        }
        String name = command.group(1).toLowerCase(Locale.ROOT);
        Optional<CommandSpec> spec = registry.spec(name);
        if (spec.isEmpty()) {
            return Parsed.problem("There is no /" + echo(command.group(1), 40) + " command; /help lists them.");
        }
        if (spec.get().options().stream().anyMatch(o -> o.type() == OptionType.ATTACHMENT)) {
            return Parsed.problem(IMPORT_AT_THE_CONSOLE.formatted(name));
        }
        String rest = command.group(2);
        List<Key> keys = keys(rest);
        if (!rest.isBlank()
                && (keys.isEmpty() || !rest.substring(0, keys.get(0).start()).isBlank())) {
            return Parsed.problem(notUnderstood(spec.get(), rest));
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            Key key = keys.get(i);
            if (spec.get().option(key.name()).isEmpty()) {
                return Parsed.problem(spec.get().noSuchOption(echo(key.name(), 40)));
            }
            int end = i + 1 < keys.size() ? keys.get(i + 1).start() : rest.length();
            String value = unquote(rest.substring(key.valueStart(), end).strip());
            if (options.putIfAbsent(key.name(), value) != null) {
                return Parsed.problem(CommandSpec.givenTwice(key.name()));
            }
        }
        return new Parsed(CommandRequest.of(name, options, invoker), null);
    }

    /** Where an option's name is and where its value starts. */
    private record Key(String name, int start, int valueStart) {}

    /** Every {@code name:} outside a quoted value, in order. */
    private static List<Key> keys(String rest) {
        List<Key> keys = new ArrayList<>();
        Matcher key = KEY.matcher(rest);
        int from = 0;
        while (from < rest.length() && key.find(from)) {
            keys.add(new Key(key.group(1).toLowerCase(Locale.ROOT), key.start(1), key.end()));
            from = endOfQuote(rest, key.end()).orElse(key.end());
        }
        return keys;
    }

    /** Just past the closing quote of a value that starts with one at {@code at}, if it is closed. */
    private static Optional<Integer> endOfQuote(String rest, int at) {
        if (at >= rest.length() || rest.charAt(at) != '"') {
            return Optional.empty();
        }
        for (int i = at + 1; i < rest.length(); i++) {
            if (rest.charAt(i) == '"' && rest.charAt(i - 1) != '\\') {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replace("\\\"", "\"");
        }
        return value;
    }

    private static String notUnderstood(CommandSpec spec, String rest) {
        String understood = "/" + spec.name() + " does not understand \"" + echo(rest, 60) + "\"";
        if (spec.options().isEmpty()) {
            return understood + "; it takes no options.";
        }
        String names = spec.options().stream().map(OptionSpec::name).collect(Collectors.joining(", "));
        return understood + "; its options are " + names + " (written as name:value).";
    }

    /**
     * What was typed, fit to be repeated in one line: line breaks, tabs and control characters (a terminal would
     * act on an escape sequence) become single spaces, and long text is shortened.
     */
    private static String echo(String typed, int max) {
        return Ellipsis.shorten(UNPRINTABLE.matcher(typed).replaceAll(" ").strip(), max);
    }

    /**
     * A parsed line: a request, or a message saying why there is none.
     *
     * @param request the request, or null
     * @param problem what is wrong, or null
     */
    public record Parsed(CommandRequest request, String problem) {
        static Parsed problem(String problem) {
            return new Parsed(null, problem);
        }
    }
}
