package org.strikedesk.trusts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Every organisation figures can be published for (England, its regions, every trust in the register, open or
 * closed) with the aliases and hospital sites that point to them, and the NHS bodies outside England, known only to
 * say so. Immutable: a changed register makes a new one.
 */
public final class TrustDirectory {
    private final Map<String, Organisation> byCode = new LinkedHashMap<>();
    private final List<Organisation> trusts;
    private final Map<String, List<Alias>> aliases = new HashMap<>();
    private final Map<String, List<Site>> sites = new HashMap<>();
    private final List<DevolvedBody> devolved;

    public TrustDirectory(
            List<Organisation> trusts, List<Alias> aliases, List<Site> sites, List<DevolvedBody> devolved) {
        this.devolved = List.copyOf(devolved);
        List<Organisation> sorted = new ArrayList<>(trusts);
        sorted.sort(Comparator.comparing(Organisation::name));
        this.trusts = List.copyOf(sorted);
        byCode.put(Organisation.ENGLAND_CODE, Organisation.ENGLAND);
        for (Region region : Region.values()) {
            byCode.put(region.code(), Organisation.of(region));
        }
        for (Organisation trust : this.trusts) {
            byCode.put(trust.code(), trust);
        }
        for (Alias alias : aliases) {
            this.aliases
                    .computeIfAbsent(alias.trustCode(), k -> new ArrayList<>())
                    .add(alias);
        }
        for (Site site : sites) {
            this.sites.computeIfAbsent(site.trustCode(), k -> new ArrayList<>()).add(site);
        }
    }

    /** The organisation with this code (any case): a trust, a region, or England ({@code ENG}). */
    public Optional<Organisation> byCode(@Nullable String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.toUpperCase(Locale.ROOT)));
    }

    /** Every organisation: England, the regions, then the trusts by name. */
    public Iterable<Organisation> organisations() {
        return Collections.unmodifiableCollection(byCode.values());
    }

    /** Every trust in the register, by name. */
    public List<Organisation> trusts() {
        return trusts;
    }

    public List<Alias> aliasesOf(String trustCode) {
        return List.copyOf(aliases.getOrDefault(trustCode, List.of()));
    }

    /** The hospital sites a trust ran in 2018, by name. */
    public List<Site> sitesOf(String trustCode) {
        List<Site> list = new ArrayList<>(sites.getOrDefault(trustCode, List.of()));
        list.sort(Comparator.comparing(Site::name));
        return list;
    }

    /** Every alias, for building name indexes. */
    public List<Alias> allAliases() {
        return aliases.values().stream().flatMap(List::stream).toList();
    }

    /** Every site whose trust is in the directory. */
    public List<Site> allSites() {
        return sites.values().stream()
                .flatMap(List::stream)
                .filter(site -> byCode.containsKey(site.trustCode()))
                .toList();
    }

    /** The NHS bodies of Wales, Scotland and Northern Ireland, which NHS England's figures do not cover. */
    public List<DevolvedBody> devolved() {
        return devolved;
    }

    /** All codes known, for suggestions. */
    public List<String> codes() {
        return List.copyOf(byCode.keySet());
    }
}
