package org.strikedesk.answers;

import java.util.UUID;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strikedesk.commands.Actions;
import org.strikedesk.commands.Audience;
import org.strikedesk.commands.FigureUse;
import org.strikedesk.commands.Invoker;
import org.strikedesk.commands.Lookup;
import org.strikedesk.commands.StrikeSelection;
import org.strikedesk.figures.Strike;
import org.strikedesk.figures.StrikeChoice;
import org.strikedesk.figures.StrikeFigures;
import org.strikedesk.reference.Reference;
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
            FigureUse uses) {
        this.reference = reference;
        this.selection = selection;
        this.quotes = quotes;
        this.stories = stories;
        this.charts = charts;
        this.reviews = reviews;
        this.uses = uses;
    }

    /** The answer to a button press, with who was shown which figures recorded; never throws. */
    @Override
    public Reply press(String actionId, Invoker invoker) {
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
        return ActionId.parse(actionId)
                .filter(action -> action instanceof ActionId.Post || action instanceof ActionId.Review)
                .map(action -> Audience.CHANNEL)
                .orElse(Audience.ASKER);
    }

    private Reply answer(ActionId action, Invoker invoker) {
        if (action instanceof ActionId.Review review) {
            return reviews.decide(review, invoker);
        }
        if (action instanceof ActionId.Post post) {
            Reply shown = shown(post.shown());
            return shown.tone() == Reply.Tone.ANSWER
                    ? shown.toBuilder().ephemeral(false).build()
                    : shown;
        }
        return Buttons.withPost(shown(action), action);
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
                                + " StrikeDesk's directory. /trust query: finds trusts by name.")));
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
