package org.strikedesk.trusts;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An NHS body in Wales, Scotland or Northern Ireland. NHS England's figures do not cover them; StrikeDesk knows
 * their names only to say so, rather than offer an English trust that sounds alike.
 *
 * @param name the official name, e.g. {@code NHS Tayside}
 * @param nation Wales, Scotland or Northern Ireland
 * @param kind health board, trust, special board or HSC trust
 * @param alsoKnownAs short names in common use, e.g. {@code Belfast Trust}
 * @param source where the official list is published
 */
public record DevolvedBody(String name, String nation, String kind, List<String> alsoKnownAs, String source) {
    /** The nations whose NHS is run apart from NHS England. */
    public static final Set<String> NATIONS = Set.of("Wales", "Scotland", "Northern Ireland");

    public DevolvedBody {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        alsoKnownAs = List.copyOf(alsoKnownAs);
        if (name.isBlank()) {
            throw new IllegalArgumentException("a devolved body needs a name");
        }
        if (!NATIONS.contains(nation)) {
            throw new IllegalArgumentException(
                    name + ": nation must be Wales, Scotland or Northern Ireland, not \"" + nation + "\"");
        }
    }
}
