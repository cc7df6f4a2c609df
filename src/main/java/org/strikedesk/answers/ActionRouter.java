package org.strikedesk.answers;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strikedesk.commands.Actions;
import org.strikedesk.commands.Audience;
import org.strikedesk.commands.CommandRegistry;
import org.strikedesk.commands.FigureUse;
import org.strikedesk.commands.Invoker;
import org.strikedesk.commands.Lookup;
import org.strikedesk.commands.Pages;
import org.strikedesk.commands.Rerun;
import org.strikedesk.commands.StrikeSelection;
import org.strikedesk.figures.Strike;
import org.strikedesk.figures.StrikeChoice;
import org.strikedesk.figures.StrikeFigures;
import org.strikedesk.reference.Reference;
import org.strikedesk.replies.Caveats;
import org.strikedesk.replies.CsvTable;
import org.strikedesk.replies.Ellipsis;
import org.strikedesk.replies.Inline;
import org.strikedesk.replies.Listing;
import org.strikedesk.replies.Reply;
import org.strikedesk.trusts.Organisation;

/**
 * Answers a pressed button from its id alone (see {@link ActionId} for the grammar), so buttons keep working after a
 * restart. Quote, Story and Chart answer only the person who pressed, with a Post to channel button; Post to channel
 * answers everyone; Approve and Reject on a held import go to the editors' review. An id that is malformed, or names
 * a trust or strike StrikeDesk no longer knows, gets a reply
 * that says so; nothing here throws.
 */
public final class ActionRouter implements Actions {
    private static final Logger log = LoggerFactory.getLogger(ActionRouter.class);

    private final Reference reference;
    private final StrikeSelection selection;
    private final QuoteCommand quotes;
    private final StoryCommand stories;
    private final ChartCommand charts;
    private final ReviewDecisions reviews;
    private final CommandRegistry commands;
    private final FigureUse uses;

    /**
     * @param reviews carries out Approve and Reject on held imports
     * @param uses where it records who was shown which figures
     */
    public ActionRouter(
            Reference reference,
            StrikeSelection selection,
            QuoteCommand quotes,
            StoryCommand stories,
            ChartCommand charts,
            ReviewDecisions reviews,
            FigureUse uses,
            CommandRegistry commands) {
        this.reference = reference;
        this.selection = selection;
        this.quotes = quotes;
        this.stories = stories;
        this.charts = charts;
        this.reviews = reviews;
        this.uses = uses;
        this.commands = commands;
    }

    /** A pick from a menu runs its command again with the option picked, as if typed; it is recorded as the command. */
    @Override
    public Reply pick(String menuId, String value, Invoker invoker) {
        return Rerun.parse(menuId)
                .map(rerun -> commands.handle(rerun.request(value, invoker)))
                .orElseGet(() -> Reply.error(
                        "Unknown menu",
                        "StrikeDesk does not know this menu. It may come from an older version; ask the question"
                                + " again."));
    }

    /** The answer to a button press, with who was shown which figures recorded; never throws. */
    @Override
    public Reply press(String actionId, Invoker invoker) {
        Optional<Rerun> rerun = Rerun.parse(actionId).filter(Rerun::fillsNothing);
        if (rerun.isPresent()) {
            Reply page = commands.handle(rerun.get().request("", invoker));
            return page.toBuilder().ephemeral(true).build();
        }
        try {
            Reply reply = ActionId.parse(actionId)
                    .map(action -> answer(action, invoker))
                    .orElseGet(ActionRouter::unknown);
            if (!reply.shown().isEmpty()) {
                uses.record(invoker, "button " + actionId, reply);
            }
            return reply;
        } catch (RuntimeException e) {
            String ticket = UUID.randomUUID().toString().substring(0, 8);
            log.error("Button {} failed (reference {}) for user {}", actionId, ticket, invoker.userId(), e);
            return Reply.error(
                    "Something went wrong",
                    "StrikeDesk could not answer this button because of a fault on its side. The fault is logged"
                            + " under reference " + ticket + ".");
        }
    }

    /**
     * Post to channel answers the channel, and so does an editor's Approve or Reject, which the editors' channel
     * should see (a refusal is still the presser's alone); everything else, including an id not understood, the
     * person who pressed.
     */
    @Override
    public Audience audience(String actionId) {
        Optional<Rerun> rerun = Rerun.parse(actionId);
        if (rerun.isPresent()) {
            return rerun.get().fillsNothing()
                    ? Audience.ASKER
                    : commands.audience(rerun.get().request("", Invoker.CONSOLE));
        }
        return ActionId.parse(actionId)
                .filter(action -> action instanceof ActionId.Post || action instanceof ActionId.Review)
                .map(action -> Audience.CHANNEL)
                .orElse(Audience.ASKER);
    }

    /** Post to channel is used once. */
    @Override
    public boolean usedOnce(String actionId) {
        return ActionId.parse(actionId).filter(ActionId.Post.class::isInstance).isPresent();
    }

    private Reply answer(ActionId action, Invoker invoker) {
        if (action instanceof ActionId.Explain) {
            return Caveats.explained();
        }
        if (action instanceof ActionId.Sources sources) {
            return sources(sources, invoker);
        }
        if (action instanceof ActionId.Review review) {
            return reviews.decide(review, invoker);
        }
        if (action instanceof ActionId.Post post) {
            Reply shown = shown(post.shown());
            return shown.tone() == Reply.Tone.ANSWER
                    ? withSources(
                            shown.toBuilder()
                                    .ephemeral(false)
                                    .field("Posted by", Inline.user(invoker.userId(), invoker.displayName()), false)
                                    .build(),
                            post.shown())
                    : shown;
        }
        return withSources(Buttons.withPost(shown(action), action), action);
    }

    /** The reply with an "All sources" button when it has more than one source, as a command's reply has. */
    private static Reply withSources(Reply reply, ActionId shown) {
        if (reply.sources().size() < 2) {
            return reply;
        }
        Reply.Builder with = reply.toBuilder();
        Rerun.sources(shown.id()).ifPresent(id -> with.action(id, Rerun.ALL_SOURCES_LABEL));
        return with.build();
    }

    /**
     * Every source behind an answer, made again from its id, for the person who pressed: a page at a time, all of
     * them in an attached CSV. The answer's own figures are not shown, so nothing is recorded as seen.
     */
    private Reply sources(ActionId.Sources sources, Invoker invoker) {
        Reply behind = Rerun.parse(sources.answerId())
                .map(rerun -> commands.unrecorded(rerun.request("", invoker)))
                .or(() -> ActionId.parse(sources.answerId()).map(this::shown))
                .orElseGet(ActionRouter::unknown);
        if (behind.sources().isEmpty()) {
            return behind.tone() == Reply.Tone.ANSWER
                    ? Reply.error("No sources", "This answer no longer has any sources; ask the question again.")
                    : behind;
        }
        Reply.Attachment whole = CsvTable.attachment(
                "strikedesk-sources.csv",
                "Every source behind " + Ellipsis.clip(behind.title(), 200),
                List.of("source"),
                behind.sources().stream().map(List::of).toList());
        Reply.Builder reply = Reply.builder(Reply.Tone.ANSWER)
                .title(Ellipsis.clip("Sources: " + behind.title(), 250))
                .ephemeral(true);
        return Pages.page(
                        reply,
                        new Listing(behind.sources().size() + " sources:", behind.sources(), "", whole),
                        sources.page(),
                        page -> Optional.of(new ActionId.Sources(page, sources.answerId()).id())
                                .filter(id -> id.length() <= ActionId.MAX_LENGTH))
                .build();
    }

    /** The answer to a quote, story or chart button, for the person who pressed it. */
    private Reply shown(ActionId action) {
        Reply reply;
        if (action instanceof ActionId.Quote quote) {
            reply = figures(quote.orgCode(), quote.strikeId(), quotes::quote);
        } else if (action instanceof ActionId.Story story) {
            reply = figures(story.orgCode(), story.strikeId(), stories::story);
        } else if (action instanceof ActionId.Chart chart) {
            reply = organisation(chart.orgCode()).then(org -> charts.chart(org, chart.metric()));
        } else {
            throw new IllegalStateException("a button that shows nothing of its own: " + action.id());
        }
        return reply.toBuilder().ephemeral(true).build();
    }

    /** The answer made from an organisation's figures in a strike, or why there are none. */
    private Reply figures(String orgCode, String strikeId, BiFunction<Organisation, StrikeFigures, Reply> answer) {
        return organisation(orgCode)
                .then(org -> strike(strikeId)
                        .then(strike -> selection
                                .one(org, new StrikeChoice.One(strike))
                                .then(figures -> answer.apply(org, figures))));
    }

    private Lookup<Organisation> organisation(String code) {
        return reference
                .directory()
                .byCode(code)
                .<Lookup<Organisation>>map(Lookup.Found::new)
                .orElseGet(() -> new Lookup.Failed<>(Reply.error(
                        "Trust no longer listed",
                        "This button is for the organisation with code " + code + ", which is no longer in"
                                + " StrikeDesk's directory. " + Inline.command("trust")
                                + " trust: finds trusts by name.")));
    }

    private Lookup<Strike> strike(String id) {
        return reference
                .calendar()
                .byId(id)
                .<Lookup<Strike>>map(Lookup.Found::new)
                .orElseGet(() -> new Lookup.Failed<>(Reply.error(
                        "Strike no longer listed",
                        "This button is for the strike " + id + ", which is no longer in StrikeDesk's strike"
                                + " calendar. /strikes lists the strikes it knows.")));
    }

    private static Reply unknown() {
        return Reply.error(
                "Unknown button",
                "StrikeDesk does not recognise this button; it may come from an older version. Ask again with a"
                        + " command such as /quote or /chart.");
    }
}
