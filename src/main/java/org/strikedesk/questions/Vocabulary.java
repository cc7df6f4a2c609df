package org.strikedesk.questions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The words of questions that are not names: what they ask for (cues), the words of the strike calendar (months,
 * staff groups, unions), the small words a trust's name may hold ("the", "and", "of", "on"), and the rest of
 * everyday English a question is made of. No word listed as a question word appears in a trust's name as a
 * reporter would type it, so those words can never be taken for a trust.
 */
final class Vocabulary {
    private static final Map<String, Cue> CUES = new HashMap<>();

    static {
        cue(
                Cue.CANCELLATIONS,
                "cancelled canceled cancellations cancellation cancelations cancelation cancel cancels cancelling"
                        + " canceling rescheduled reschedule rescheduling reschedules postponed postpone postpones"
                        + " postponing postponement postponements appointments appointment procedures procedure"
                        + " operations operation ops surgery surgeries outpatient outpatients inpatient inpatients"
                        + " clinics clinic disrupted disruption affected lost moved delayed");
        cue(Cue.STAFF, "staff absent absence absences absentees striking picket picketing walked workforce off");
        cue(Cue.COMPARE, "compare compared comparing comparison versus vs against difference");
        cue(Cue.TOP, "worst most top hardest biggest highest largest busiest rank ranked ranking rankings league");
        cue(Cue.QUOTE, "quote quotes quotable line sentence sentences paragraph para wording copy");
        cue(Cue.CHART, "chart charts graph graphs plot visual visualise visualize graphic");
        cue(Cue.NATIONAL, "nationally nationwide total overall country countrywide");
        cue(Cue.STRIKES, "when dates date calendar schedule timetable upcoming next planned");
        cue(Cue.HELP, "help commands");
    }

    private static final Set<String> QUESTION_WORDS = words(
            "how many much what whats which who where why was were is are be been being did do does done had has have"
                    + " there a an to during from with about me my our us we i you your please pls plz can could"
                    + " would will should tell show give get got find need want know see let lets hi hello hey thanks"
                    + " thank cheers bot strikedesk number numbers figure figures data stats statistics info"
                    + " information detail details breakdown count counts amount result results say said report"
                    + " reported it its this that those these they them their then than so far any some whole each"
                    + " every per across over since but not no yes just only also too as like into up down go went"
                    + " gone happen happened same time times period day days week weeks month months year years today"
                    + " yesterday recently currently now ever list look looks looking whether if or v trusts"
                    + " case cases ae all out hit bad badly worse fare fared");

    /**
     * Words a trust's or hospital's name may hold, which say nothing on their own: the small words of English and the
     * words every name shares ("NHS", "Trust", "Hospital"). A name never starts or ends with one, as matched here.
     */
    private static final Set<String> JOINERS =
            words("the and of on upon in at by for nhs trust foundation ft hospital hospitals");

    /** Words for a staff group or union, as the strike calendar knows them. */
    private static final Set<String> GROUPS = words(
            "nurse nurses nursing rcn junior juniors jd jds resident residents doctor doctors consultant consultants"
                    + " ambulance paramedic paramedics physio physios physiotherapist physiotherapists physiotherapy"
                    + " radiographer radiographers dental trainees bma gmb unison unite csp sor joint");

    /** Words that say "a strike" and nothing more. */
    private static final Set<String> STRIKE_WORDS = words("strike strikes walkout walkouts industrial action");

    /** Words for the latest strike. */
    private static final Set<String> LATEST = words("latest last newest recent current");

    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        List<String> names = List.of(
                "january",
                "february",
                "march",
                "april",
                "may",
                "june",
                "july",
                "august",
                "september",
                "october",
                "november",
                "december");
        for (int i = 0; i < names.size(); i++) {
            MONTHS.put(names.get(i), i + 1);
            MONTHS.put(names.get(i).substring(0, 3), i + 1);
        }
        MONTHS.put("sept", 9);
    }

    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(2);

    private Vocabulary() {}

    private static void cue(Cue cue, String list) {
        for (String word : list.split(" ", -1)) {
            CUES.put(word, cue);
        }
    }

    private static Set<String> words(String list) {
        return Set.of(list.split(" ", -1));
    }

    /** What the word asks for, if it asks for anything. */
    static Optional<Cue> cue(String word) {
        return Optional.ofNullable(CUES.get(word));
    }

    /**
     * What a word not in the vocabulary asks for, read as a cue word with a letter or two wrong ("cancelld",
     * "reschedulled"): one letter in words of five to seven letters, two in longer ones. Short words are never read
     * so: too many real words are a letter away from each other.
     */
    static Optional<Cue> misspeltCue(String word) {
        if (word.length() < 5) {
            return Optional.empty();
        }
        int allowed = word.length() >= 8 ? 2 : 1;
        return CUES.entrySet().stream()
                .filter(entry -> entry.getKey().length() >= 5)
                .filter(entry -> {
                    int distance = DISTANCE.apply(word, entry.getKey());
                    return distance >= 0 && distance <= allowed;
                })
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** A word that is part of questions, never of names. */
    static boolean isQuestionWord(String word) {
        return QUESTION_WORDS.contains(word) || CUES.containsKey(word) || LATEST.contains(word);
    }

    /** A small word that may sit inside a name ("Guy's and St Thomas'", "Ross on Wye"). */
    static boolean isJoiner(String word) {
        return JOINERS.contains(word);
    }

    /** A staff group or union. */
    static boolean isGroup(String word) {
        return GROUPS.contains(word);
    }

    /** "strike", "walkout", "action": a strike, but not which. */
    static boolean isStrikeWord(String word) {
        return STRIKE_WORDS.contains(word);
    }

    static boolean isLatest(String word) {
        return LATEST.contains(word);
    }

    /** The month a word names (1 to 12), if it names one: "april", "apr", "sept". */
    static Optional<Integer> month(String word) {
        return Optional.ofNullable(MONTHS.get(word));
    }
}
