package org.strikedesk.discord.sim;

import java.util.List;

/** A guild member: a user plus the ids of the roles they hold (besides @everyone). */
public record SimMember(SimUser user, String guildId, List<String> roleIds) {
    public SimMember {
        roleIds = List.copyOf(roleIds);
    }

    public String id() {
        return user.id();
    }
}
