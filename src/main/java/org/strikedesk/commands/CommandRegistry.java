package org.strikedesk.commands;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strikedesk.replies.Ellipsis;
import org.strikedesk.replies.Inline;
import org.strikedesk.replies.Reply;

/**
 * Every command, by name. It is where a request is checked (known command, admin rights, only options the command
 * has, every required one given) and where a failure becomes a reply: an exception never reaches the person who
 * asked, only a short reference to the log.
 */
public final class CommandRegistry {
    private static final Logger log = LoggerFactory.getLogger(CommandRegistry.class);

    private final Map<String, SlashCommand> commands = new LinkedHashMap<>();
    private final Completer completer;
    private final Editors editors;
    private final FigureUse uses;
    private final TrustReadings readings;
    private final KeptAnswers kept;

    public CommandRegistry(List<SlashCommand> commands, Completer completer) {
        this(commands, completer, Editors.MANAGERS, FigureUse.NONE, TrustReadings.NONE, KeptAnswers.NONE);
    }

    /**
     * @param editors who may use the editors' commands
     * @param uses where it records who was shown which figures
     * @param readings what says how the trusts a request named were read
     * @param kept where answers are kept between changes to the figures, for the commands whose answers may be
     */
    public CommandRegistry(
            List<SlashCommand> commands,
            Completer completer,
            Editors editors,
            FigureUse uses,
            TrustReadings readings,
            KeptAnswers kept) {
        this.completer = completer;
        this.editors = editors;
        this.uses = uses;
        this.readings = readings;
        this.kept = kept;
        for (SlashCommand command : commands) {
            String name = command.spec().name();
            if (this.commands.putIfAbsent(name, command) != null) {
                throw new IllegalArgumentException("two commands are called /" + name);
            }
            if (command.sameUntilFiguresChange()
                    && (command.spec().adminOnly()
                            || command.spec().forEditors()
                            || command.spec().options().stream().anyMatch(o -> o.type() == OptionType.ATTACHMENT))) {
                throw new IllegalArgumentException("/" + name + " answers depending on who asks or on a file, so its"
                        + " answers cannot be kept for everyone who asks the same");
            }
        }
    }

    /** Every command's spec, in registration order. */
    public List<CommandSpec> specs() {
        return commands.values().stream().map(SlashCommand::spec).toList();
    }

    public Optional<CommandSpec> spec(String name) {
        return Optional.ofNullable(commands.get(name)).map(SlashCommand::spec);
    }

    /**
     * Whether answering this request may take long enough to acknowledge it first. A refusal is quick (and shown
     * only to the person who asked), so a slow admin command is slow only for someone allowed to use it.
     */
    public boolean mayBeSlow(CommandRequest request) {
        SlashCommand command = commands.get(request.command());
        return command != null && command.spec().mayBeSlow() && command.spec().allows(request.invoker(), editors);
    }

    /** Whether {@code invoker} may use the command {@code spec} describes. */
    public boolean allows(CommandSpec spec, Invoker invoker) {
        return spec.allows(invoker, editors);
    }

    /**
     * Who will see the reply to this request, decided before it runs: the asker alone for a refusal (unknown command,
     * an admin or editors' command asked by someone else) and for commands whose replies are private; else the
     * channel. A reply to a channel command may still turn out to be an error, which is the asker's alone.
     */
    public Audience audience(CommandRequest request) {
        SlashCommand command = commands.get(request.command());
        if (command == null || refused(command, request)) {
            return Audience.ASKER;
        }
        return command.spec().audience();
    }

    private boolean refused(SlashCommand command, CommandRequest request) {
        return !command.spec().allows(request.invoker(), editors);
    }

    /**
     * Answers a request, and records who was shown which figures; never throws. A command whose replies are private
     * answers privately whatever it says. An answer kept since the same request was last answered is given again.
     */
    public Reply handle(CommandRequest request) {
        Reply reply = kept.held(request).orElseGet(() -> made(request));
        record(request, reply);
        return reply;
    }

    /**
     * Sends the answer kept since the same request was last answered, if there is one, and then records it as
     * {@link #handle} records what it answers (after sending, so that the person waits only for the answer). It reads
     * nothing from the store: whoever receives requests can answer at once.
     *
     * @param send what sends an answer
     * @return whether there was an answer kept, and it was given to {@code send}; if not, the answer must be made
     */
    public boolean answerReady(CommandRequest request, Consumer<Reply> send) {
        Optional<Reply> ready = kept.held(request);
        if (ready.isEmpty()) {
            return false;
        }
        try {
            send.accept(ready.get());
        } finally {
            record(request, ready.get());
        }
        return true;
    }

    private void record(CommandRequest request, Reply reply) {
        if (!reply.shown().isEmpty()) {
            uses.record(request.invoker(), asked(request), reply);
        }
    }

    /** The answer made afresh, kept when its command's answers may be and it is not a fault. */
    private Reply made(CommandRequest request) {
        KeptAnswers.Moment moment = kept.now();
        Answer answer = answer(request);
        Reply answered = Rerun.bind(answer.reply(), request);
        Reply reply = audience(request) == Audience.ASKER && !answered.ephemeral()
                ? answered.toBuilder().ephemeral(true).build()
                : answered;
        if (answer.keepable()) {
            kept.keep(request, moment, reply);
        }
        return reply;
    }

    /**
     * The answer {@link #handle} gives, recording nothing: for what is made from the answer and shows none of its
     * figures (the list of sources behind it).
     */
    public Reply unrecorded(CommandRequest request) {
        return Rerun.bind(answer(request).reply(), request);
    }

    /** The request as it would be typed: "/cancellations trust:ENHT strike:latest", options in the spec's order. */
    private String asked(CommandRequest request) {
        StringBuilder typed = new StringBuilder("/").append(request.command());
        spec(request.command())
                .ifPresent(spec -> spec.options()
                        .forEach(option -> request.option(option.name())
                                .ifPresent(value -> typed.append(' ')
                                        .append(option.name())
                                        .append(':')
                                        .append(value.contains(" ") ? "\"" + value + "\"" : value))));
        return typed.toString();
    }

    /**
     * An answer, and whether it may be kept for whoever asks the same: only a command's own answer, never a fault's
     * (which names a reference in the log of its own).
     */
    private record Answer(Reply reply, boolean keepable) {
        static Answer once(Reply reply) {
            return new Answer(reply, false);
        }
    }

    private Answer answer(CommandRequest request) {
        SlashCommand command = commands.get(request.command());
        if (command == null) {
            return Answer.once(Reply.error(
                    "Unknown command",
                    "There is no /" + Ellipsis.clip(request.command(), 40) + " command. " + Inline.command("help")
                            + " lists them."));
        }
        if (refused(command, request)) {
            return Answer.once(Reply.error(
                    "Not allowed",
                    command.spec().forEditors()
                            ? "/" + command.spec().name() + " is for editors: " + editors.who() + "."
                            : "/" + command.spec().name() + " is for people who can manage this"
                                    + " server (the Manage Server permission)."));
        }
        Optional<String> problem = command.spec().problemWith(request.options(), request.uploads());
        if (problem.isPresent()) {
            return new Answer(Reply.error("Check the options", problem.get()), command.sameUntilFiguresChange());
        }
        try {
            return new Answer(readings.noted(request, command.handle(request)), command.sameUntilFiguresChange());
        } catch (RuntimeException e) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("/{} failed (reference {}) for options {}", request.command(), reference, request.options(), e);
            return Answer.once(Reply.error(
                    "Something went wrong",
                    "StrikeDesk could not answer this because of a fault on its"
                            + " side, not in your request. The fault is logged under reference " + reference + "."));
        }
    }

    /**
     * Choices for an option being typed; empty for unknown commands or options, never an exception.
     *
     * @param filled the command's other options as filled in so far, by name
     */
    public List<Choice> complete(String command, String option, String input, Map<String, String> filled) {
        try {
            return kept.choices(
                    command,
                    option,
                    input,
                    filled,
                    () -> Optional.ofNullable(commands.get(command))
                            .flatMap(c -> c.spec()
                                    .option(option)
                                    .map(o -> completer.complete(c.completion(o, filled), input, filled)))
                            .orElse(List.of()));
        } catch (RuntimeException e) {
            log.error(
                    "Autocomplete for /{} {} failed on input of {} characters",
                    command,
                    option,
                    input == null ? 0 : input.length(),
                    e);
            return List.of();
        }
    }
}
