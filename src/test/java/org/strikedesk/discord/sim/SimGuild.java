package org.strikedesk.discord.sim;

import java.util.List;
import java.util.Optional;

/** A guild as configured for a simulator run: roles (including @everyone), channels and members. */
public record SimGuild(
        String id,
        String name,
        String ownerId,
        String locale,
        List<SimRole> roles,
        List<SimChannel> channels,
        List<SimMember> members) {

    public SimGuild {
        roles = List.copyOf(roles);
        channels = List.copyOf(channels);
        members = List.copyOf(members);
    }

    public Optional<SimChannel> channel(String channelId) {
        return channels.stream().filter(c -> c.id().equals(channelId)).findFirst();
    }

    public Optional<SimMember> member(String userId) {
        return members.stream().filter(m -> m.id().equals(userId)).findFirst();
    }

    /** Guild-level permissions of a member: all for the owner, else @everyone plus their roles (all if admin). */
    public long permissionsOf(SimMember member) {
        return ChannelPermissions.base(this, member);
    }
}
