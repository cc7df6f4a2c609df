package org.strikedesk.trusts;

import java.util.ArrayList;
import java.util.List;

/**
 * One name an organisation is known by, prepared for matching. Its words stay an array: matching reads them for every
 * name and every keystroke, and entries are never compared.
 */
@SuppressWarnings("ArrayRecordComponent")
record NameEntry(
        Organisation organisation,
        String text,
        TrustMatch.Via via,
        String key,
        String[] words,
        int bonus,
        int penalty) {

    static List<NameEntry> index(TrustDirectory directory) {
        List<NameEntry> entries = new ArrayList<>();
        for (Organisation organisation : directory.organisations()) {
            entries.add(of(organisation, organisation.code(), TrustMatch.Via.CODE, 0));
            entries.add(of(organisation, organisation.name(), TrustMatch.Via.NAME, 6));
            if (organisation.kind() == Organisation.Kind.REGION) {
                entries.add(of(organisation, organisation.displayName(), TrustMatch.Via.NAME, 6));
            }
        }
        entries.add(of(Organisation.ENGLAND, "All England", TrustMatch.Via.ALIAS, 8));
        entries.add(of(Organisation.ENGLAND, "National", TrustMatch.Via.ALIAS, 8));
        for (Alias alias : directory.allAliases()) {
            directory
                    .byCode(alias.trustCode())
                    .ifPresent(org -> entries.add(of(org, alias.alias(), TrustMatch.Via.ALIAS, 8)));
        }
        for (Site site : directory.allSites()) {
            Organisation trust = directory.byCode(site.trustCode()).orElseThrow();
            entries.add(of(trust, site.name(), TrustMatch.Via.SITE, 5));
            boolean hasCity = site.city() != null && !site.city().isBlank();
            if (hasCity) {
                entries.add(withPenalty(of(trust, site.name() + ", " + site.city(), TrustMatch.Via.SITE, 5), 10));
            }
            for (String letters : Initialisms.ofSite(site.name())) {
                String standsFor = hasCity ? site.name() + ", " + site.city() : site.name();
                entries.add(initialism(trust, letters, standsFor));
                if (hasCity) {
                    entries.add(initialism(trust, letters + " " + NameKey.of(site.city()), standsFor));
                }
            }
        }
        for (Organisation trust : directory.trusts()) {
            for (String letters : Initialisms.ofTrust(trust.name())) {
                entries.add(initialism(trust, letters, ""));
            }
        }
        return List.copyOf(entries);
    }

    /**
     * An initialism, matched by its key ({@code qeh}, {@code qeh kings lynn}) and shown with what it stands for when
     * that is not the trust's own name: "QEH (Queen Elizabeth Hospital, King's Lynn)", "LTHT".
     */
    private static NameEntry initialism(Organisation organisation, String key, String standsFor) {
        String letters = NameKey.words(key)[0].toUpperCase(java.util.Locale.ROOT);
        String text = standsFor.isEmpty() ? letters : letters + " (" + standsFor + ")";
        int closedPenalty = organisation.closed() != null ? 2 : 0;
        return new NameEntry(organisation, text, TrustMatch.Via.INITIALISM, key, NameKey.words(key), 0, closedPenalty);
    }

    private static NameEntry of(Organisation organisation, String text, TrustMatch.Via via, int bonus) {
        String key = NameKey.of(text);
        int closedPenalty = organisation.closed() != null ? 2 : 0;
        return new NameEntry(organisation, text, via, key, NameKey.words(key), bonus, closedPenalty);
    }

    private static NameEntry withPenalty(NameEntry entry, int penalty) {
        return new NameEntry(
                entry.organisation,
                entry.text,
                entry.via,
                entry.key,
                entry.words,
                entry.bonus,
                entry.penalty + penalty);
    }

    /** The position of the first word that says something (not "the", "nhs", ...). */
    int firstSignificantWord() {
        for (int i = 0; i < words.length; i++) {
            if (!TrustResolver.FILLER.contains(words[i])) {
                return i;
            }
        }
        return 0;
    }

    /** How many significant words of this name the query did not mention. */
    int significantWordsAfterMatching(String[] query) {
        int count = 0;
        for (String word : words) {
            if (TrustResolver.FILLER.contains(word)) {
                continue;
            }
            boolean mentioned = false;
            for (String q : query) {
                if (word.startsWith(q)) {
                    mentioned = true;
                    break;
                }
            }
            if (!mentioned) {
                count++;
            }
        }
        return count;
    }
}
