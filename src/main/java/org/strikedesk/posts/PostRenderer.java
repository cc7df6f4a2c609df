package org.strikedesk.posts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.strikedesk.figures.Figure;
import org.strikedesk.figures.FigureQueries;
import org.strikedesk.figures.Source;
import org.strikedesk.figures.Strike;
import org.strikedesk.figures.StrikeFigures;
import org.strikedesk.replies.Caveats;
import org.strikedesk.replies.FigureCards;
import org.strikedesk.replies.HouseStyle;
import org.strikedesk.replies.LaterStrikes;
import org.strikedesk.replies.Publishers;
import org.strikedesk.replies.Reply;
import org.strikedesk.trusts.Organisation;
import org.strikedesk.trusts.TrustDirectory;

/**
 * Writes a post in house style when it is delivered, from the figures then in the store: what is new, what was
 * revised ("was 1,202, now 1,214"), the sources and the caveat.
 */
public final class PostRenderer {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final FigureQueries queries;
    private final TrustDirectory directory;
    private final FigureCards cards;
    private final Clock clock;

    public PostRenderer(FigureQueries queries, TrustDirectory directory, FigureCards cards, Clock clock) {
        this.queries = queries;
        this.directory = directory;
        this.cards = cards;
        this.clock = clock;
    }

    /** The post as it should read now; {@code original} is the edited post, for edits. */
    public Reply render(Post post, Optional<Post> original) {
        PostPayload payload = post.owed().payload();
        return switch (post.owed().kind()) {
            case RELEASE, CORRECTION, SUMMARY -> changes(post.owed().kind(), payload.changes());
            case EDIT -> edited(original.orElseThrow().owed(), payload.changes());
            case DIGEST -> digest(payload.org());
            case ALERT ->
                Reply.builder(Reply.Tone.WARNING)
                        .title("StrikeDesk could not post")
                        .text(payload.note())
                        .build();
            case REVIEW, CORRECTION_NOTICE, OVERDUE -> notice(Reply.Tone.WARNING, payload);
        };
    }

    /** A notice as it was written when it was owed, with its buttons. */
    private static Reply notice(Reply.Tone tone, PostPayload payload) {
        Reply.Builder reply = Reply.builder(tone).title(payload.title()).text(payload.note());
        payload.fields().forEach(field -> reply.field(field.name(), field.value(), field.inline()));
        payload.actions().forEach(action -> reply.action(action.id(), action.label()));
        return reply.build();
    }

    private Reply changes(PostKind kind, List<PostChange> changes) {
        Map<Figure.Scope, List<PostChange>> groups = groups(changes);
        boolean revised = changes.stream().anyMatch(PostChange::revised);
        if (groups.size() == 1 && kind != PostKind.SUMMARY) {
            Reply card = card(groups.keySet().iterator().next());
            Reply.Builder reply =
                    card.toBuilder().title((revised ? "Revised figures: " : "New figures: ") + card.title());
            return withChanges(reply, changes, revised).build();
        }
        return list(kind, groups, changes, revised);
    }

    private Reply list(
            PostKind kind, Map<Figure.Scope, List<PostChange>> groups, List<PostChange> changes, boolean revised) {
        List<String> lines = new ArrayList<>();
        Set<Source> sources = new LinkedHashSet<>();
        for (Figure.Scope scope : groups.keySet()) {
            Organisation org = organisation(scope.orgCode());
            StrikeFigures figures = figures(scope);
            lines.add(org.displayName() + ", " + figures.strike().name() + " of "
                    + HouseStyle.days(figures.strike().days()) + ": " + FigureCards.acuteOrNone(figures));
            sources.addAll(figures.sources());
        }
        String title = (revised ? "Revised figures for " : "New figures for ") + what(groups.keySet());
        if (kind == PostKind.SUMMARY) {
            title = "Figures released while posts were waiting: " + HouseStyle.count(groups.size()) + " updates";
        }
        Reply.Builder reply = Reply.builder(Reply.Tone.ANSWER).title(title).text(String.join("\n", lines));
        Source.byUrl(sources).forEach(source -> reply.source(Publishers.line(source)));
        return withChanges(reply, changes, revised).caveat(Caveats.RESCHEDULED).build();
    }

    /** "Leeds Teaching Hospitals NHS Trust in three strikes", "four organisations": what a list of changes is about. */
    private String what(Set<Figure.Scope> groups) {
        List<String> orgs =
                groups.stream().map(Figure.Scope::orgCode).distinct().toList();
        if (orgs.size() == 1) {
            return HouseStyle.subject(organisation(orgs.get(0))) + " in " + HouseStyle.count(groups.size())
                    + " strikes";
        }
        return HouseStyle.count(orgs.size()) + " organisations";
    }

    private Reply edited(Post.Owed original, List<PostChange> revisions) {
        Reply now = changes(
                original.kind() == PostKind.EDIT ? PostKind.RELEASE : original.kind(),
                original.payload().changes());
        String when = HouseStyle.date(LocalDate.now(clock.withZone(LONDON)));
        return now.toBuilder()
                .field("Corrected " + when, wasNow(revisions), false)
                .build();
    }

    private Reply digest(String orgCode) {
        Organisation org = organisation(orgCode);
        Optional<Strike> latest = queries.latestWithFigures(orgCode);
        if (latest.isEmpty()) {
            return Reply.info("Digest: " + org.displayName(), "No figures are held for " + org.displayName() + " yet.");
        }
        StrikeFigures figures = queries.figures(orgCode, latest.get());
        Optional<StrikeFigures> england =
                org.isEngland() ? Optional.empty() : Optional.of(queries.england(latest.get()));
        Reply card = cards.strike(org, figures, england);
        Reply.Builder digest = card.toBuilder().title("Digest: " + card.title());
        LaterStrikes.note(org, "figures", queries.laterStrikes(latest.get()))
                .ifPresent(note -> digest.text(card.text() + "\n" + note));
        return digest.build();
    }

    private static Reply.Builder withChanges(Reply.Builder reply, List<PostChange> changes, boolean revised) {
        if (revised) {
            reply.field(
                    "What changed",
                    wasNow(changes.stream().filter(PostChange::revised).toList()),
                    false);
        }
        return reply;
    }

    /** "Inpatient and day case: was 1,202, now 1,214", one line per revised figure. */
    static String wasNow(List<PostChange> revisions) {
        return revisions.stream()
                .map(c -> c.metricValue().label() + (c.day() == null ? "" : " on " + HouseStyle.date(c.day()))
                        + ": was " + HouseStyle.number(c.before()) + ", now " + HouseStyle.number(c.after()))
                .collect(Collectors.joining("\n"));
    }

    private Reply card(Figure.Scope scope) {
        Organisation org = organisation(scope.orgCode());
        StrikeFigures figures = figures(scope);
        Optional<StrikeFigures> england =
                org.isEngland() ? Optional.empty() : Optional.of(queries.england(figures.strike()));
        return cards.strike(org, figures, england);
    }

    private StrikeFigures figures(Figure.Scope scope) {
        Strike strike = queries.calendar().byId(scope.strikeId()).orElseThrow();
        return queries.figures(scope.orgCode(), strike);
    }

    private Organisation organisation(String code) {
        return directory.byCode(code).orElseThrow();
    }

    private static Map<Figure.Scope, List<PostChange>> groups(List<PostChange> changes) {
        Map<Figure.Scope, List<PostChange>> groups = new LinkedHashMap<>();
        for (PostChange change : changes) {
            groups.computeIfAbsent(change.scope(), k -> new ArrayList<>()).add(change);
        }
        return groups;
    }
}
