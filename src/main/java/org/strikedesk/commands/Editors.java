package org.strikedesk.commands;

import java.util.Optional;

/**
 * Who may review held imports and see who used which figures: people who can manage the server, and members of the
 * editors' role when the config names one. A server that lets another role use the editors' commands in its
 * Integrations settings must name that role here too, or the role's members are refused when the command runs.
 *
 * @param role the editors' role id, if one is set
 */
public record Editors(Optional<String> role) {
    /** Manage Server alone. */
    public static final Editors MANAGERS = new Editors(Optional.empty());

    /** Whether {@code invoker} is an editor. */
    public boolean include(Invoker invoker) {
        return invoker.admin() || role.map(invoker.roles()::contains).orElse(false);
    }

    /** Who editors are, for a refusal: "people who can manage this server (…) or have the role <@&…>". */
    public String who() {
        return "people who can manage this server (the Manage Server permission)"
                + role.map(id -> " or have the editors' role <@&" + id + ">").orElse("");
    }
}
