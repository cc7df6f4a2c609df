package org.strikedesk.trusts;

import org.jspecify.annotations.Nullable;

/**
 * A hospital site, with the trust that ran it in 2018.
 *
 * @param code the site code, which begins with its trust's code
 * @param name the site's name as published
 * @param city the town or city, where given (empty or null when not)
 * @param trustCode the parent trust's code
 */
public record Site(String code, String name, @Nullable String city, String trustCode) {}
