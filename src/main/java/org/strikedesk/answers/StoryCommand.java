package org.strikedesk.answers;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.CommandSpec;
import org.strikedesk.commands.Completion;
import org.strikedesk.commands.Lookups;
import org.strikedesk.commands.OptionSpec;
import org.strikedesk.commands.Options;
import org.strikedesk.commands.SlashCommand;
import org.strikedesk.commands.StrikeSelection;
import org.strikedesk.figures.FigureQueries;
import org.strikedesk.figures.Ranking;
import org.strikedesk.figures.Strike;
import org.strikedesk.figures.StrikeFigures;
import org.strikedesk.reference.Reference;
import org.strikedesk.replies.Caveats;
import org.strikedesk.replies.Publishers;
import org.strikedesk.replies.Reply;
import org.strikedesk.replies.Story;
import org.strikedesk.replies.StoryFacts;
import org.strikedesk.replies.StoryWriter;
import org.strikedesk.trusts.Organisation;

/**
 * {@code /story trust: [strike:]}: a draft local story about a trust, a region or England in one strike, for a
 * reporter to file after a read. The reply, for the asker alone, shows the headline and standfirst and carries the
 * whole draft as a text file, with Post to channel to share it.
 */
public final class StoryCommand implements SlashCommand {
    public static final String NAME = "story";

    private static final CommandSpec SPEC = CommandSpec.of(
            NAME,
            "A draft local story in house style for a trust, a region or England, to file after a read",
            Options.TRUST_OPTION,
            OptionSpec.optional(
                    Options.STRIKE,
                    "A strike id, latest, or words such as april 2023 (default: the latest with figures)",
                    Completion.ONE_STRIKE));

    private final Reference reference;
    private final Lookups lookups;
    private final StrikeSelection selection;
    private final FigureQueries queries;
    private final StoryWriter writer;

    public StoryCommand(
            Reference reference,
            Lookups lookups,
            StrikeSelection selection,
            FigureQueries queries,
            StoryWriter writer) {
        this.reference = reference;
        this.lookups = lookups;
        this.selection = selection;
        this.queries = queries;
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
                        .then(choice -> selection
                                .one(org, choice)
                                .then(figures -> selection.withLaterStrikes(
                                        withPost(story(org, figures), org, figures.strike()),
                                        org,
                                        choice,
                                        figures.strike(),
                                        "figures"))));
    }

    /** The file the draft is attached as: {@code strikedesk-story-RWH-2023-04-junior-doctors.txt}. */
    public static String fileName(Organisation org, Strike strike) {
        return "strikedesk-story-" + org.code() + "-" + strike.id() + ".txt";
    }

    /** The draft for the asker, with the button that shows it to everyone. */
    private static Reply withPost(Reply reply, Organisation org, Strike strike) {
        return Buttons.add(reply, ActionId.story(org.code(), strike.id()).map(ActionId.Post::new));
    }

    /** The story reply for an organisation's figures in one strike, which are not empty, for the asker alone. */
    public Reply story(Organisation org, StrikeFigures figures) {
        Story story = writer.write(facts(org, figures));
        Strike strike = figures.strike();
        Reply.Builder reply = Reply.builder(Reply.Tone.ANSWER)
                .title(story.headline())
                .text(story.standfirst())
                .attachment(new Reply.Attachment(
                        fileName(org, strike),
                        story.text().getBytes(StandardCharsets.UTF_8),
                        "Draft story: " + story.headline()))
                .ephemeral(true)
                .caveat(Caveats.SHORT);
        story.sources().forEach(source -> reply.source(Publishers.line(source)));
        return reply.shows(figures.shown()).build();
    }

    private StoryFacts facts(Organisation org, StrikeFigures figures) {
        Strike strike = figures.strike();
        List<StrikeFigures> everyone = queries.everyOrganisationIn(strike);
        List<Ranking.Place> region = org.isTrust() && org.region() != null
                ? rank(everyone, other -> other.isTrust() && other.region() == org.region())
                : List.of();
        List<Ranking.Place> peers = switch (org.kind()) {
            case TRUST ->
                rank(
                        everyone,
                        other -> other.isTrust()
                                && other.region() != null
                                && other.region().inEngland());
            case REGION -> rank(everyone, other -> other.kind() == Organisation.Kind.REGION);
            case ENGLAND -> List.of();
        };
        return new StoryFacts(
                new StoryFacts.Subject(org, figures, queries.history(org.code())),
                new StoryFacts.Comparison(region, peers, queries.england(strike), queries.englandRunningTotal(strike)),
                queries.revisions(org.code(), strike));
    }

    /** The organisations that pass {@code among}, ranked by acute total, equal totals by name. */
    private List<Ranking.Place> rank(List<StrikeFigures> everyone, Predicate<Organisation> among) {
        List<StrikeFigures> entries = everyone.stream()
                .filter(figures -> organisation(figures.orgCode()).filter(among).isPresent())
                .toList();
        return Ranking.byAcuteTotal(
                entries,
                Comparator.comparing(figures ->
                        organisation(figures.orgCode()).map(Organisation::name).orElse(figures.orgCode())));
    }

    private Optional<Organisation> organisation(String code) {
        return reference.directory().byCode(code);
    }
}
