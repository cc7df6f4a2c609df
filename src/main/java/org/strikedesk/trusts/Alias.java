package org.strikedesk.trusts;

/**
 * A name a newsroom uses for a trust.
 *
 * @param alias the name, e.g. {@code ENHT} or {@code Lister Hospital}
 * @param trustCode the trust it means
 * @param kind abbreviation, short name or site
 */
public record Alias(String alias, String trustCode, String kind) {}
