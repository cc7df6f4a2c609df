package org.strikedesk.answers;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.CommandSpec;
import org.strikedesk.commands.Completion;
import org.strikedesk.commands.Lookups;
import org.strikedesk.commands.OptionSpec;
import org.strikedesk.commands.Options;
import org.strikedesk.commands.SlashCommand;
import org.strikedesk.commands.StrikeSelection;
import org.strikedesk.figures.Metric;
import org.strikedesk.figures.StrikeFigures;
import org.strikedesk.replies.HeldNotes;
import org.strikedesk.replies.HouseStyle;
import org.strikedesk.replies.Publishers;
import org.strikedesk.replies.QuoteWriter;
import org.strikedesk.replies.Reply;
import org.strikedesk.trusts.Organisation;

/** {@code /quote trust: [strike:]}: one sentence of copy, ready to paste, with its source. */
public final class QuoteCommand implements SlashCommand {
    public static final String NAME = "quote";

    private static final CommandSpec SPEC = CommandSpec.of(
                    NAME,
                    "A ready-to-paste sentence in house style, with its source, shown to you first",
                    Options.TRUST_OPTION,
                    OptionSpec.optional(
                            Options.STRIKE,
                            "A strike id, latest, or words such as april 2023 (default: the latest with figures)",
                            Completion.ONE_STRIKE))
            .privately();

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
    public boolean sameUntilFiguresChange() {
        return true;
    }

    @Override
    public Reply handle(CommandRequest request) {
        return lookups.organisation(request, Options.TRUST)
                .then(org -> selection
                        .strike(request, Options.STRIKE, org)
                        .then(choice -> selection.one(org, choice).then(figures -> privately(org, figures))));
    }

    /**
     * The quote for the asker alone, like the Quote button's, with Post to channel: a quote is for pasting into a
     * story, and posting it for the channel is a choice.
     */
    private Reply privately(Organisation org, StrikeFigures figures) {
        Reply reply = quote(org, figures).toBuilder().ephemeral(true).build();
        return ActionId.quote(org.code(), figures.strike().id())
                .map(id -> Buttons.withPost(reply, id))
                .orElse(reply);
    }

    /** The quote reply for one organisation's figures in one strike. */
    public Reply quote(Organisation org, StrikeFigures figures) {
        Optional<String> held = HeldNotes.note(figures);
        return writer.quote(org, figures)
                .map(sentence -> {
                    // A quote is copied as it stands; with a newer figure held for review it comes as a card that
                    // says so, never as plain text to paste without reading.
                    Reply.Builder reply = held.isEmpty()
                            ? Reply.builder(Reply.Tone.ANSWER).plainText(sentence)
                            : Reply.builder(Reply.Tone.WARNING)
                                    .title("Quote: a newer figure is held for review")
                                    .text(sentence)
                                    .field(HeldNotes.FIELD, held.get(), false);
                    StrikeFigures.sourcesOf(figures.acute().orElseThrow().basis())
                            .forEach(source -> reply.source(Publishers.line(source)));
                    reply.shows(figures.acute().orElseThrow().basis());
                    figures.statedRunningTotal().ifPresent(total -> reply.shows(List.of(total)));
                    return reply.build();
                })
                .orElseGet(() -> Reply.builder(Reply.Tone.WARNING)
                        .title("Nothing to quote")
                        .text("No total of appointments and procedures rescheduled has been published for "
                                + HouseStyle.subject(org) + " in the "
                                + figures.strike().name() + " of "
                                + HouseStyle.days(figures.strike().days()) + "; " + whatThereIs(figures))
                        .build());
    }

    /** "only its outpatient figure was. /cancellations shows it." */
    private static String whatThereIs(StrikeFigures figures) {
        List<String> measures = MEASURES.stream()
                .filter(entry -> figures.total(entry.getKey()).isPresent())
                .map(Map.Entry::getValue)
                .toList();
        if (measures.isEmpty()) {
            return "only staff figures were. /staff shows them.";
        }
        return measures.size() == 1
                ? "only its " + measures.get(0) + " figure was. /cancellations shows it."
                : "only its " + HouseStyle.list(measures) + " figures were. /cancellations shows them.";
    }

    /** The rescheduled measures, as running text names them, in the card's order. */
    private static final List<Map.Entry<Metric, String>> MEASURES = List.of(
            Map.entry(Metric.INPATIENT_RESCHEDULED, "inpatient"),
            Map.entry(Metric.OUTPATIENT_RESCHEDULED, "outpatient"),
            Map.entry(Metric.MENTAL_HEALTH_RESCHEDULED, "mental health"),
            Map.entry(Metric.COMMUNITY_RESCHEDULED, "community"));
}
