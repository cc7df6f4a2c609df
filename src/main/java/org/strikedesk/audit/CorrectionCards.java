package org.strikedesk.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.strikedesk.figures.Figure;
import org.strikedesk.figures.Strike;
import org.strikedesk.reference.Reference;
import org.strikedesk.replies.Ellipsis;
import org.strikedesk.replies.HouseStyle;
import org.strikedesk.replies.Reply;
import org.strikedesk.trusts.Organisation;

/**
 * Corrections and pulls in words: which figure, old and new values, and who was shown it where, named as Discord shows
 * people and channels ({@code <@id>}, {@code <#id>}) in messages that allow no mentions, so no one is pinged.
 */
final class CorrectionCards {
    static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK).withZone(ZoneId.of("Europe/London"));
    /** Figures listed as fields of one message; Discord allows 25 fields. */
    static final int LISTED = 20;

    /** People named for one figure before the rest are counted. */
    static final int PEOPLE_NAMED = 12;

    private final Reference reference;

    CorrectionCards(Reference reference) {
        this.reference = reference;
    }

    /** The notice to the editors' channel for the corrections one import made. */
    Reply notice(long importId, String file, List<Correction> corrections) {
        Reply.Builder reply = Reply.builder(Reply.Tone.WARNING)
                .title(Ellipsis.clip("Figures people used were revised: " + file + " (import #" + importId + ")", 250))
                .text(HouseStyle.capitalised(HouseStyle.count(corrections.size()))
                        + (corrections.size() == 1 ? " figure was" : " figures were")
                        + " revised after StrikeDesk showed the old value. Check what was published with it; the"
                        + " people and channels that used it are named below. /corrections lists them again.");
        fields(reply, corrections);
        return reply.build();
    }

    /** The latest corrections, newest first, for /corrections. */
    Reply listing(List<Correction> corrections) {
        if (corrections.isEmpty()) {
            return Reply.builder(Reply.Tone.ANSWER)
                    .title("No corrections")
                    .text("No figure anyone was shown has been revised since records began (records are kept for"
                            + " audit.keep).")
                    .ephemeral(true)
                    .build();
        }
        Reply.Builder reply = Reply.builder(Reply.Tone.ANSWER)
                .title("Revised figures people had used")
                .text("The latest revisions of figures StrikeDesk had shown, newest first, with who was shown the old"
                        + " value and where.")
                .ephemeral(true);
        fields(reply, corrections);
        return reply.build();
    }

    private void fields(Reply.Builder reply, List<Correction> corrections) {
        corrections.stream()
                .limit(LISTED)
                .forEach(correction -> reply.field(
                        Ellipsis.clip(figure(correction.figure()), 250),
                        Ellipsis.shorten(value(correction), 1_000),
                        false));
        if (corrections.size() > LISTED) {
            reply.field(
                    "And more",
                    "and " + HouseStyle.number(corrections.size() - LISTED) + " more figures: /corrections lists them",
                    false);
        }
    }

    private static String value(Correction correction) {
        List<Correction.Use> users = correction.users();
        String named = users.stream()
                .limit(PEOPLE_NAMED)
                .map(use -> use.who().named() + " (" + times(use.pulls()) + ", last " + WHEN.format(use.last()) + ")")
                .collect(Collectors.joining("; "));
        int more = users.size() - PEOPLE_NAMED;
        return "Was " + HouseStyle.number(correction.oldValue()) + ", now " + HouseStyle.number(correction.newValue())
                + " (import #" + correction.importId() + ", " + WHEN.format(correction.at()) + "). Shown to " + named
                + (more > 0 ? "; and " + HouseStyle.count(more) + " more" : "") + ".";
    }

    private static String times(int pulls) {
        return switch (pulls) {
            case 1 -> "once";
            case 2 -> "twice";
            default -> HouseStyle.count(pulls) + " times";
        };
    }

    /** "East and North Hertfordshire NHS Trust: inpatient and day case, whole strike, junior doctors' strike of …". */
    String figure(Figure.Key key) {
        String org = reference
                .directory()
                .byCode(key.orgCode())
                .map(Organisation::displayName)
                .orElse(key.orgCode());
        String strike = reference
                .calendar()
                .byId(key.strikeId())
                .map(s -> s.name() + " of " + HouseStyle.days(s.days()))
                .orElse(key.strikeId());
        String when = key.day() == null ? "whole strike" : HouseStyle.date(key.day());
        return org + ": " + key.metric().label().toLowerCase(Locale.UK) + ", " + when + ", " + strike;
    }

    /** A pull as one line: when, who where, what they asked, and the figures it showed. */
    String line(Pull pull) {
        String figures = pull.figures().stream()
                .map(shown -> shown.key().metric().label().toLowerCase(Locale.UK)
                        + (shown.key().day() == null
                                ? ""
                                : " on " + HouseStyle.date(shown.key().day())) + " "
                        + HouseStyle.number(shown.value()) + " ("
                        + strike(shown.key().strikeId()) + ")")
                .collect(Collectors.joining("; "));
        return WHEN.format(pull.at()) + ": " + pull.who().named() + ", " + Ellipsis.clip(pull.asked(), 120) + ": "
                + figures;
    }

    private String strike(String id) {
        return reference.calendar().byId(id).map(Strike::name).orElse(id);
    }
}
