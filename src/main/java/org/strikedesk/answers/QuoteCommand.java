package org.strikedesk.answers;

import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.CommandSpec;
import org.strikedesk.commands.Completion;
import org.strikedesk.commands.Lookups;
import org.strikedesk.commands.OptionSpec;
import org.strikedesk.commands.Options;
import org.strikedesk.commands.SlashCommand;
import org.strikedesk.commands.StrikeSelection;
import org.strikedesk.figures.StrikeFigures;
import org.strikedesk.replies.FigureCards;
import org.strikedesk.replies.Publishers;
import org.strikedesk.replies.QuoteWriter;
import org.strikedesk.replies.Reply;
import org.strikedesk.trusts.Organisation;

/** {@code /quote trust: [strike:]}: one sentence of copy, ready to paste, with its source. */
public final class QuoteCommand implements SlashCommand {
    public static final String NAME = "quote";

    private static final CommandSpec SPEC = CommandSpec.of(
            NAME,
            "A ready-to-paste sentence in house style, with its source",
            Options.TRUST_OPTION,
            OptionSpec.optional(Options.STRIKE, "A strike id, latest, or words such as april 2023", Completion.STRIKE));

    private final Lookups lookups;
    private final StrikeSelection selection;
    private final QuoteWriter writer;

    public QuoteCommand(Lookups lookups, StrikeSelection selection, QuoteWriter writer) {
        this.lookups = lookups;
        this.selection = selection;
        this.writer = writer;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandRequest request) {
        return lookups.organisation(request, Options.TRUST)
                .then(org -> selection
                        .strike(request, Options.STRIKE, org)
                        .then(choice -> selection.one(org, choice).then(figures -> quote(org, figures))));
    }

    /** The quote reply for one organisation's figures in one strike. */
    public Reply quote(Organisation org, StrikeFigures figures) {
        return writer.quote(org, figures)
                .map(sentence -> {
                    Reply.Builder reply = Reply.builder(Reply.Tone.ANSWER).plainText(sentence);
                    StrikeFigures.sourcesOf(figures.acute().orElseThrow().basis())
                            .forEach(source -> reply.source(Publishers.line(source)));
                    return reply.build();
                })
                .orElseGet(() -> Reply.builder(Reply.Tone.WARNING)
                        .title("Nothing to quote")
                        .text("No count of rescheduled appointments has been published for " + org.displayName()
                                + " in the " + figures.strike().name() + ". " + FigureCards.acuteOrNone(figures) + ".")
                        .build());
    }
}
