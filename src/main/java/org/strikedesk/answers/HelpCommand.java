package org.strikedesk.answers;

import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.strikedesk.commands.CommandRegistry;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.CommandSpec;
import org.strikedesk.commands.SlashCommand;
import org.strikedesk.replies.Reply;

/** {@code /help}: what each command does; admin commands only for admins, editors' commands only for editors. */
public final class HelpCommand implements SlashCommand {
    public static final String NAME = "help";

    private static final CommandSpec SPEC =
            CommandSpec.of(NAME, "What StrikeDesk can answer, and how to ask").privately();

    private final Supplier<CommandRegistry> commands;

    public HelpCommand(Supplier<CommandRegistry> commands) {
        this.commands = commands;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandRequest request) {
        Reply.Builder reply = Reply.builder(Reply.Tone.ANSWER)
                .title("StrikeDesk: NHS strike figures for England")
                .text("Ask with a slash command. Trusts can be named by code (RWH), abbreviation (ENHT), hospital"
                        + " (Lister) or part of the name; england gives the national total. Strikes can be an id,"
                        + " latest, all, or words such as \"april 2023\".")
                .ephemeral(true);
        CommandRegistry registry = commands.get();
        for (CommandSpec spec : registry.specs()) {
            if (!registry.allows(spec, request.invoker())) {
                continue;
            }
            reply.field("/" + spec.name() + usage(spec) + who(spec), spec.description(), false);
        }
        return reply.caveat("Figures come from NHS England, as published or reported; every answer names its source.")
                .build();
    }

    private static String who(CommandSpec spec) {
        if (spec.forEditors()) {
            return " (editors)";
        }
        return spec.adminOnly() ? " (admin)" : "";
    }

    private static String usage(CommandSpec spec) {
        return spec.options().stream()
                .map(option -> option.required() ? " " + option.name() + ":" : " [" + option.name() + ":]")
                .collect(Collectors.joining());
    }
}
