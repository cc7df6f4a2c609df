package org.strikedesk.questions;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.Invoker;

/**
 * The command a question was read as, written as it would be typed: {@code /cancellations trust:RWH
 * strike:2023-04-junior-doctors}. A value with a space is quoted ({@code strike:"april 2023"}), as the console reads
 * it. As a button's id it is the same line after {@value #BUTTON_PREFIX}, so the button needs nothing remembered.
 *
 * @param name the command's name
 * @param options the options in the order they are written
 */
public record AskedCommand(String name, Map<String, String> options) {
    /** What starts the id of a button that runs an asked command. */
    public static final String BUTTON_PREFIX = "ask:";

    /** The longest value an option holds: Discord's limit on a string option. */
    static final int LONGEST_VALUE = 100;

    /** Discord's limit on a button's id. */
    static final int LONGEST_BUTTON_ID = 100;

    private static final Pattern NAME = Pattern.compile("[a-z]{1,32}");
    private static final Pattern VALUE = Pattern.compile("[^\"\\p{Cntrl}]{1,100}");
    private static final Pattern LINE = Pattern.compile("/([a-z]{1,32})((?: [a-z]{1,32}:(?:\"[^\"]+\"|[^\" ]+))*)");
    private static final Pattern OPTION = Pattern.compile(" ([a-z]{1,32}):(?:\"([^\"]+)\"|([^\" ]+))");

    public AskedCommand {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a command name: " + name);
        }
        for (Map.Entry<String, String> option : options.entrySet()) {
            if (!NAME.matcher(option.getKey()).matches()
                    || !VALUE.matcher(option.getValue()).matches()
                    || option.getValue().isBlank()) {
                throw new IllegalArgumentException("not an option: " + option.getKey());
            }
        }
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    static AskedCommand of(String name) {
        return new AskedCommand(name, Map.of());
    }

    /**
     * The same command with one more option, or the option's value replaced; words longer than an option holds are
     * cut at a word.
     */
    AskedCommand with(String option, String value) {
        Map<String, String> more = new LinkedHashMap<>(options);
        more.put(option, fitted(value));
        return new AskedCommand(name, more);
    }

    private static String fitted(String value) {
        String text = value.strip();
        if (text.length() <= LONGEST_VALUE) {
            return text;
        }
        int space = text.lastIndexOf(' ', LONGEST_VALUE);
        return text.substring(0, space > 0 ? space : LONGEST_VALUE).strip();
    }

    Optional<String> option(String option) {
        return Optional.ofNullable(options.get(option));
    }

    /** As typed: {@code /compare trust:RGT other:RJ1 strike:2022-12-rcn}. */
    public String line() {
        return "/" + name
                + options.entrySet().stream()
                        .map(option -> " " + option.getKey() + ":" + written(option.getValue()))
                        .collect(Collectors.joining());
    }

    private static String written(String value) {
        return value.contains(" ") ? "\"" + value + "\"" : value;
    }

    /** The id of a button that runs it, if it fits in one. */
    Optional<String> buttonId() {
        String id = BUTTON_PREFIX + line();
        return id.length() <= LONGEST_BUTTON_ID ? Optional.of(id) : Optional.empty();
    }

    /** The command a line written by {@link #line()} holds; empty for anything else. */
    static Optional<AskedCommand> parse(String line) {
        Matcher whole = LINE.matcher(line);
        if (!whole.matches()) {
            return Optional.empty();
        }
        Map<String, String> options = new LinkedHashMap<>();
        Matcher option = OPTION.matcher(whole.group(2));
        while (option.find()) {
            String value = option.group(2) != null ? option.group(2) : option.group(3);
            if (options.putIfAbsent(option.group(1), value) != null
                    || value.isBlank()
                    || value.length() > LONGEST_VALUE) {
                return Optional.empty();
            }
        }
        return Optional.of(new AskedCommand(whole.group(1), options));
    }

    /** The request to run for someone. */
    public CommandRequest request(Invoker invoker) {
        return CommandRequest.of(name, options, invoker);
    }
}
