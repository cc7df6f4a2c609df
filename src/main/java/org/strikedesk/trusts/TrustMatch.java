package org.strikedesk.trusts;

/**
 * One organisation that fits what was typed, and why.
 *
 * @param organisation the organisation
 * @param matched the name that matched: its code, an alias, a site, its official name, or an initialism with what
 *     it stands for
 * @param via how it matched
 * @param score higher is better; only the order means anything
 * @param whole true when the text was the whole of that name, or all its initials (case, punctuation and words such as
 *     "NHS", "Trust" and "Hospital" aside), false when it matched only some of its words
 */
public record TrustMatch(Organisation organisation, String matched, Via via, int score, boolean whole) {

    /**
     * Whether the text named the organisation outright, by its code, its official name or a name newsrooms use for it:
     * then there is nothing to say about how it was read. A hospital, initials or some of a name's words are a reading
     * the person should see.
     */
    public boolean outright() {
        return whole && via != Via.SITE && via != Via.INITIALISM;
    }

    /** Which kind of name matched, from the most certain to the least. */
    public enum Via {
        CODE(0),
        ALIAS(1),
        SITE(2),
        NAME(3),
        /** An initialism of a trust's or a hospital's name, such as LTHT or LGI: matched only in full. */
        INITIALISM(4);

        private final int rank;

        Via(int rank) {
            this.rank = rank;
        }

        /** How far an exact match of this kind of name stands behind one by code, which is 0. */
        public int rank() {
            return rank;
        }
    }
}
