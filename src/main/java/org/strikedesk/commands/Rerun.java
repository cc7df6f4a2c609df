package org.strikedesk.commands;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.strikedesk.replies.Reply;

/**
 * A menu whose pick runs a command again, with the option the pick fills: "Which trust?" answered by picking one. Its
 * id says which command, which option, and the other options as they were given, so a pick needs nothing remembered
 * and works after a restart:
 *
 * <pre>
 * rerun:COMMAND:OPTION:NAME=VALUE&amp;…     rerun:cancellations:trust:strike=april%202023
 * </pre>
 *
 * A command offers such a menu knowing only the option it fills ({@link #menu}); the registry, which knows the
 * request, writes in the rest ({@link #bind}). A menu whose id would not fit {@link Reply.Menu#MAX_ID} is left out, and
 * the reply's own list still says what to type.
 */
public record Rerun(String command, String option, Map<String, String> kept) {
    private static final String PREFIX = "rerun:";
    private static final String UNBOUND = PREFIX + "?:";
    /** The label of the button that lists every source behind a reply. */
    public static final String ALL_SOURCES_LABEL = "All sources";

    public Rerun {
        kept = new TreeMap<>(kept);
    }

    /** A menu that fills {@code option} with the value picked, for the command that is answering. */
    public static Reply.Menu menu(String option, String placeholder, List<Reply.Option> options) {
        return new Reply.Menu(
                UNBOUND + option,
                placeholder,
                options.stream().limit(Reply.Menu.MAX_OPTIONS).toList());
    }

    /**
     * The reply with each of its rerun menus bound to the request it answers (or left out if its id would not fit),
     * and, when it has more than one source, an "All sources" button that answers the request again with every
     * source (see {@link #sources}).
     */
    static Reply bind(Reply reply, CommandRequest request) {
        Optional<String> sources = reply.sources().size() > 1
                ? sources(new Rerun(request.command(), "", request.options()).id())
                : Optional.empty();
        if (reply.menus().stream().noneMatch(m -> m.id().startsWith(UNBOUND)) && sources.isEmpty()) {
            return reply;
        }
        Reply.Builder bound = Reply.builder(reply.tone())
                .title(reply.title())
                .text(reply.text())
                .caveat(reply.caveat())
                .plainText(reply.plainText())
                .ephemeral(reply.ephemeral());
        reply.fields().forEach(f -> bound.field(f.name(), f.value(), f.inline()));
        reply.sources().forEach(bound::source);
        reply.attachments().forEach(bound::attachment);
        reply.actions().forEach(a -> bound.action(a.id(), a.label()));
        sources.filter(id -> reply.actions().stream().noneMatch(a -> a.id().equals(id)))
                .ifPresent(id -> bound.action(id, ALL_SOURCES_LABEL));
        reply.menus().stream()
                .map(menu -> bind(menu, request))
                .flatMap(Optional::stream)
                .forEach(bound::menu);
        return bound.shows(reply.shown()).preface(reply.preface()).build();
    }

    private static Optional<Reply.Menu> bind(Reply.Menu menu, CommandRequest request) {
        if (!menu.id().startsWith(UNBOUND)) {
            return Optional.of(menu);
        }
        String option = menu.id().substring(UNBOUND.length());
        Map<String, String> kept = new LinkedHashMap<>(request.options());
        kept.remove(option);
        // A pick is a new question: its answer starts at its first page, whichever page the menu was on.
        kept.remove(Options.PAGE);
        String id = new Rerun(request.command(), option, kept).id();
        return id.length() <= Reply.Menu.MAX_ID
                ? Optional.of(new Reply.Menu(id, menu.placeholder(), menu.options()))
                : Optional.empty();
    }

    public String id() {
        return PREFIX + command + ":" + option + ":"
                + kept.entrySet().stream()
                        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                        .collect(Collectors.joining("&"));
    }

    /** The rerun an id names, or empty when it is not one. */
    public static Optional<Rerun> parse(String id) {
        if (id == null || !id.startsWith(PREFIX) || id.startsWith(UNBOUND) || id.length() > Reply.Menu.MAX_ID) {
            return Optional.empty();
        }
        String[] parts = id.substring(PREFIX.length()).split(":", 3);
        if (parts.length != 3 || parts[0].isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> kept = new LinkedHashMap<>();
        for (String pair : parts[2].isEmpty() ? new String[0] : parts[2].split("&")) {
            String[] nameValue = pair.split("=", 2);
            if (nameValue.length != 2) {
                return Optional.empty();
            }
            try {
                kept.put(decode(nameValue[0]), decode(nameValue[1]));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new Rerun(parts[0], parts[1], kept));
    }

    /**
     * A button that runs the command of {@code request} again with {@code option} set to {@code value} (another page,
     * say), or empty when its id would not fit.
     */
    public static Optional<String> button(CommandRequest request, String option, String value) {
        Map<String, String> options = new LinkedHashMap<>(request.options());
        options.put(option, value);
        String id = new Rerun(request.command(), "", options).id();
        return id.length() <= Reply.Menu.MAX_ID ? Optional.of(id) : Optional.empty();
    }

    /**
     * The id of an "All sources" button for the answer that {@code answerId} (a rerun's id or a button's) gives, or
     * empty when it would not fit: {@code sources:ANSWER}.
     */
    public static Optional<String> sources(String answerId) {
        String id = Reply.Action.ALL_SOURCES + answerId;
        return id.length() <= Reply.Menu.MAX_ID ? Optional.of(id) : Optional.empty();
    }

    /** Whether this is a button's (which fills no option), not a menu's. */
    public boolean fillsNothing() {
        return option.isEmpty();
    }

    /** The request the pick of {@code value} makes, by {@code invoker}; a button's fills no option. */
    public CommandRequest request(String value, Invoker invoker) {
        Map<String, String> options = new LinkedHashMap<>(kept);
        if (!option.isEmpty()) {
            options.put(option, value);
        }
        return CommandRequest.of(command, options, invoker);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
