package org.strikedesk.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.strikedesk.replies.Ellipsis;

/**
 * Reads a command typed as in Discord: {@code /cancellations trust:ENHT strike:"april 2023"}. A value runs to the
 * next {@code option:} the command knows, so quotes are needed only around a value that itself holds one.
 */
public final class ConsoleParser {
    private static final Pattern COMMAND = Pattern.compile("^\\s*/?([\\p{L}\\p{N}_-]+)(.*)$", Pattern.DOTALL);
    private static final Pattern KEY = Pattern.compile("(?:^|\\s)([\\p{L}\\p{N}_-]+):");
    private static final Pattern UNPRINTABLE = Pattern.compile("[\\s\\p{Cc}\\p{Zl}\\p{Zp}]+");

    private final CommandRegistry registry;

    public ConsoleParser(CommandRegistry registry) {
        this.registry = registry;
    }

    /** The request, or one sentence, on one line, saying what is wrong with the line. */
    public Parsed parse(String line, Invoker invoker) {
        Matcher command = COMMAND.matcher(line == null ? "" : line);
        if (!command.matches()) {
            return new Parsed(null, "Type a command such as /cancellations trust:ENHT, or /help.");
        }
        String name = command.group(1);
        Optional<CommandSpec> spec = registry.spec(name);
        if (spec.isEmpty()) {
            return new Parsed(null, "There is no /" + echo(name, 40) + " command; /help lists them.");
        }
        return options(spec.get(), command.group(2))
                .map(options -> new Parsed(CommandRequest.of(name, options, invoker), null))
                .orElseGet(() -> new Parsed(null, unknownOption(spec.get(), command.group(2))));
    }

    private static Optional<Map<String, String>> options(CommandSpec spec, String rest) {
        List<int[]> keys = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Matcher key = KEY.matcher(rest);
        while (key.find()) {
            if (spec.option(key.group(1)).isPresent()) {
                keys.add(new int[] {key.start(1), key.end()});
                names.add(key.group(1));
            }
        }
        if (!rest.isBlank()
                && (keys.isEmpty() || !rest.substring(0, keys.get(0)[0]).isBlank())) {
            return Optional.empty();
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            int end = i + 1 < keys.size() ? keys.get(i + 1)[0] : rest.length();
            options.put(
                    names.get(i), unquote(rest.substring(keys.get(i)[1], end).strip()));
        }
        return Optional.of(options);
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replace("\\\"", "\"");
        }
        return value;
    }

    private static String unknownOption(CommandSpec spec, String rest) {
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
    public record Parsed(CommandRequest request, String problem) {}
}
