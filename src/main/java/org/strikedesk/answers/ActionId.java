package org.strikedesk.answers;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.strikedesk.commands.Rerun;
import org.strikedesk.replies.ChartMetric;
import org.strikedesk.replies.Reply;

/**
 * What a button does, written into its id so that pressing it needs nothing remembered: buttons keep working after
 * a restart. The grammar, never more than {@value #MAX_LENGTH} characters:
 *
 * <pre>
 * quote:ORG:STRIKE     the quote for an organisation in a strike      quote:RWH:2023-04-junior-doctors
 * story:ORG:STRIKE     the draft story for an organisation in a strike story:RWH:2023-04-junior-doctors
 * chart:ORG:METRIC     a chart across strikes                         chart:ENG:staff
 * post:quote:…  post:story:…  post:chart:…   the same answer, posted for everyone   post:chart:RWH:acute
 * explain:figures      what the figures mean (NHS England's term, acute care, staff per day, partial totals)
 * review:VERDICT:IMPORT   an editor approves or rejects a held import review:approve:42
 * sources:[PAGE:]ANSWER  every source behind an answer, a page at a time   sources:rerun:national::strike=all
 * </pre>
 *
 * {@code ORG} is an organisation code in upper case (an ODS code, a region code or {@code ENG}), {@code STRIKE} a
 * strike id from the calendar, {@code METRIC} one of {@code acute}, {@code inpatient}, {@code outpatient} and
 * {@code staff}, {@code VERDICT} {@code approve} or {@code reject}, {@code IMPORT} an import's number, {@code PAGE}
 * a page after the first, {@code ANSWER} the id of a command run again (see {@link Rerun}) or of a quote, story or
 * chart button.
 */
public sealed interface ActionId {
    /** Discord's limit on a button's custom id. */
    int MAX_LENGTH = 100;

    /** The id as sent with the button. */
    String id();

    /** The button's label. */
    String label();

    /** Show the ready-to-paste quote for an organisation in a strike. */
    record Quote(String orgCode, String strikeId) implements ActionId {
        public Quote {
            if (!isCode(orgCode) || !isStrikeId(strikeId)) {
                throw new IllegalArgumentException("no quote button for " + orgCode + " in " + strikeId);
            }
        }

        @Override
        public String id() {
            return "quote:" + orgCode + ":" + strikeId;
        }

        @Override
        public String label() {
            return "Quote";
        }
    }

    /** Show the draft story for an organisation in a strike. */
    record Story(String orgCode, String strikeId) implements ActionId {
        public Story {
            if (!isCode(orgCode) || !isStrikeId(strikeId)) {
                throw new IllegalArgumentException("no story button for " + orgCode + " in " + strikeId);
            }
        }

        @Override
        public String id() {
            return "story:" + orgCode + ":" + strikeId;
        }

        @Override
        public String label() {
            return "Story";
        }
    }

    /** Show the chart of a measure across strikes for an organisation. */
    record Chart(String orgCode, ChartMetric metric) implements ActionId {
        public Chart {
            if (!isCode(orgCode) || metric == null) {
                throw new IllegalArgumentException("no chart button for " + orgCode);
            }
        }

        @Override
        public String id() {
            return "chart:" + orgCode + ":" + metric.id();
        }

        @Override
        public String label() {
            return "Chart";
        }
    }

    /** Show another action's answer to everyone in the channel, not only to the person who pressed. */
    record Post(ActionId shown) implements ActionId {
        public Post {
            if (!(shown instanceof Quote || shown instanceof Story || shown instanceof Chart)) {
                throw new IllegalArgumentException("a post button posts a quote, a story or a chart");
            }
        }

        @Override
        public String id() {
            return "post:" + shown.id();
        }

        @Override
        public String label() {
            return "Post to channel";
        }
    }

    /** Say what the figures mean, in full, behind the one-line caveat every figure reply carries. */
    record Explain() implements ActionId {
        static final String ID = "explain:figures";

        @Override
        public String id() {
            return ID;
        }

        @Override
        public String label() {
            return "What these figures mean";
        }
    }

    /** An editor approves or rejects an import the plausibility gate held. */
    record Review(Verdict verdict, long importId) implements ActionId {
        public Review {
            if (verdict == null || importId < 1) {
                throw new IllegalArgumentException("no review button for import " + importId);
            }
        }

        @Override
        public String id() {
            return "review:" + verdict.word() + ":" + importId;
        }

        @Override
        public String label() {
            return verdict.label() + " #" + importId;
        }
    }

    /**
     * List every source behind an answer, where a reply shows them cut: the answer is made again from its id, so the
     * list is the one behind the reply, and nothing is remembered.
     */
    record Sources(int page, String answerId) implements ActionId {
        static final String PREFIX = Reply.Action.ALL_SOURCES;

        public Sources {
            if (page < 1 || !answers(answerId)) {
                throw new IllegalArgumentException("no sources button for " + answerId);
            }
        }

        /** A command run again, or a button that shows an answer of its own (quote, story, chart). */
        static boolean answers(String id) {
            return Rerun.parse(id).filter(Rerun::fillsNothing).isPresent()
                    || parse(id)
                            .filter(action ->
                                    action instanceof Quote || action instanceof Story || action instanceof Chart)
                            .isPresent();
        }

        @Override
        public String id() {
            return PREFIX + (page == 1 ? "" : page + ":") + answerId;
        }

        @Override
        public String label() {
            return Rerun.ALL_SOURCES_LABEL;
        }
    }

    /** What an editor decides about a held import. */
    enum Verdict {
        APPROVE("approve", "Approve"),
        REJECT("reject", "Reject");

        private final String word;
        private final String label;

        Verdict(String word, String label) {
            this.word = word;
            this.label = label;
        }

        /** As written in a button's id and at the console: {@code approve}, {@code reject}. */
        public String word() {
            return word;
        }

        public String label() {
            return label;
        }
    }

    /** The action an id names, or empty when it does not follow the grammar. */
    static Optional<ActionId> parse(String id) {
        if (id == null || id.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        if (id.equals(Explain.ID)) {
            return Optional.of(new Explain());
        }
        if (id.startsWith("post:")) {
            return parse(id.substring("post:".length()))
                    .filter(shown -> shown instanceof Quote || shown instanceof Story || shown instanceof Chart)
                    .map(Post::new);
        }
        if (id.startsWith("review:")) {
            return review(id.substring("review:".length()));
        }
        if (id.startsWith(Sources.PREFIX)) {
            return sources(id.substring(Sources.PREFIX.length()));
        }
        String[] parts = id.split(":", -1);
        if (parts.length != 3 || !isCode(parts[1])) {
            return Optional.empty();
        }
        return switch (parts[0]) {
            case "quote" -> isStrikeId(parts[2]) ? Optional.of(new Quote(parts[1], parts[2])) : Optional.empty();
            case "story" -> story(parts[1], parts[2]);
            case "chart" ->
                Arrays.stream(ChartMetric.values())
                        .filter(metric -> metric.id().equals(parts[2]))
                        .findFirst()
                        .map(metric -> new Chart(parts[1], metric));
            default -> Optional.empty();
        };
    }

    /** {@code approve:42} or {@code reject:42}, as a review action. */
    private static Optional<ActionId> review(String rest) {
        String[] parts = rest.split(":", -1);
        if (parts.length != 2
                || parts[1].isEmpty()
                || parts[1].length() > 12
                || !parts[1].chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        long importId = Long.parseLong(parts[1]);
        return Arrays.stream(Verdict.values())
                .filter(verdict -> verdict.word().equals(parts[0]))
                .findFirst()
                .filter(verdict -> importId > 0)
                .map(verdict -> new Review(verdict, importId));
    }

    /** {@code 2:rerun:…} or {@code quote:…}: a page, if not the first, then the answer whose sources to list. */
    private static Optional<ActionId> sources(String rest) {
        int colon = rest.indexOf(':');
        String head = colon < 0 ? "" : rest.substring(0, colon);
        boolean paged = !head.isEmpty() && head.length() <= 3 && head.chars().allMatch(c -> c >= '0' && c <= '9');
        int page = paged ? Integer.parseInt(head) : 1;
        String answer = paged ? rest.substring(colon + 1) : rest;
        return page >= 1 && Sources.answers(answer) ? Optional.of(new Sources(page, answer)) : Optional.empty();
    }

    /** The review buttons for a held import: Approve, then Reject. */
    public static List<ActionId> review(long importId) {
        return List.of(new Review(Verdict.APPROVE, importId), new Review(Verdict.REJECT, importId));
    }

    /** The quote button for an organisation in a strike, if their codes fit the grammar. */
    static Optional<ActionId> quote(String orgCode, String strikeId) {
        return isCode(orgCode) && isStrikeId(strikeId) ? Optional.of(new Quote(orgCode, strikeId)) : Optional.empty();
    }

    /** The story button for an organisation in a strike, if their codes fit the grammar. */
    static Optional<ActionId> story(String orgCode, String strikeId) {
        return isCode(orgCode) && isStrikeId(strikeId) ? Optional.of(new Story(orgCode, strikeId)) : Optional.empty();
    }

    /** The chart button for an organisation, if its code fits the grammar. */
    static Optional<ActionId> chart(String orgCode, ChartMetric metric) {
        return isCode(orgCode) ? Optional.of(new Chart(orgCode, metric)) : Optional.empty();
    }

    /** 1 to 10 upper-case letters and digits. */
    private static boolean isCode(String text) {
        return text != null
                && !text.isEmpty()
                && text.length() <= 10
                && text.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
    }

    /** 1 to 63 lower-case letters, digits and hyphens, not starting with a hyphen. */
    private static boolean isStrikeId(String text) {
        return text != null
                && !text.isEmpty()
                && text.length() <= 63
                && text.charAt(0) != '-'
                && text.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-');
    }
}
