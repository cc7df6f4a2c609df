package org.strikedesk.discord.sim;

import java.util.List;

/**
 * Permissions in a channel computed as Discord documents them (docs {@code topics/permissions.mdx}, "Permission
 * Overwrites" pseudocode and "Implicit Permissions"): the owner has all; otherwise @everyone's role (whose id is the
 * guild's) and the member's roles are combined, ADMINISTRATOR gives all and skips overwrites; then the @everyone
 * overwrite, then all the member's role overwrites together (so one role's allow beats another's deny, whatever the
 * positions), then the member's own overwrite, each as {@code p &= ~deny; p |= allow}.
 */
final class ChannelPermissions {
    /** What SEND_MESSAGES being denied takes with it (docs: "Implicit Permissions"). */
    private static final long NEEDS_SEND = Permissions.MENTION_EVERYONE
            | Permissions.SEND_TTS_MESSAGES
            | Permissions.ATTACH_FILES
            | Permissions.EMBED_LINKS;

    private ChannelPermissions() {}

    /** Guild-level permissions: {@code compute_base_permissions}. */
    static long base(SimGuild guild, SimMember member) {
        if (member.id().equals(guild.ownerId())) {
            return Permissions.ALL;
        }
        long permissions = 0;
        for (SimRole role : guild.roles()) {
            if (role.id().equals(guild.id()) || member.roleIds().contains(role.id())) {
                permissions |= role.permissions();
            }
        }
        return Permissions.effective(permissions);
    }

    /**
     * Permissions in a channel after its overwrites, without the implicit rules: {@code compute_overwrites}. This is
     * what an interaction carries in {@code member.permissions} and {@code channel.permissions}.
     */
    static long explicit(SimGuild guild, SimMember member, List<SimOverwrite> overwrites) {
        long permissions = base(guild, member);
        if ((permissions & Permissions.ADMINISTRATOR) != 0) {
            return Permissions.ALL;
        }
        for (SimOverwrite overwrite : overwrites) {
            if (overwrite.type() == SimOverwrite.ROLE && overwrite.id().equals(guild.id())) {
                permissions = (permissions & ~overwrite.deny()) | overwrite.allow();
            }
        }
        long allow = 0;
        long deny = 0;
        for (SimOverwrite overwrite : overwrites) {
            if (overwrite.type() == SimOverwrite.ROLE && member.roleIds().contains(overwrite.id())) {
                allow |= overwrite.allow();
                deny |= overwrite.deny();
            }
        }
        permissions = (permissions & ~deny) | allow;
        for (SimOverwrite overwrite : overwrites) {
            if (overwrite.type() == SimOverwrite.MEMBER && overwrite.id().equals(member.id())) {
                permissions = (permissions & ~overwrite.deny()) | overwrite.allow();
            }
        }
        return permissions;
    }

    /**
     * What the member can really do in the channel: {@link #explicit} with the implicit rules applied. Without
     * VIEW_CHANNEL nothing else counts; without SEND_MESSAGES, neither do embeds, files, TTS or @everyone.
     */
    static long effective(SimGuild guild, SimMember member, List<SimOverwrite> overwrites) {
        long permissions = explicit(guild, member, overwrites);
        if ((permissions & Permissions.ADMINISTRATOR) != 0) {
            return Permissions.ALL;
        }
        if ((permissions & Permissions.VIEW_CHANNEL) == 0) {
            return 0;
        }
        if ((permissions & Permissions.SEND_MESSAGES) == 0) {
            permissions &= ~NEEDS_SEND;
        }
        return permissions;
    }
}
