package org.strikedesk.discord.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Describes one guild for {@link SimulatorBuilder#guild}. The @everyone role (id = guild id) and the
 * bot's own member and role are always added, as on a real server the bot has joined.
 */
public final class GuildBuilder {
    private String id = SimDefaults.GUILD_ID;
    private String name = SimDefaults.GUILD_NAME;
    private String ownerId;
    private String locale = "en-GB";
    private long everyonePermissions = Permissions.EVERYONE_DEFAULT;
    private long botPermissions = SimDefaults.BOT_PERMISSIONS;
    private String botRoleId = SimDefaults.BOT_ROLE_ID;
    private boolean botUser = true;
    private final List<SimRole> roles = new ArrayList<>();
    private final List<SimChannel> channels = new ArrayList<>();
    private final Map<String, List<SimOverwrite>> overwrites = new LinkedHashMap<>();
    private final List<MemberDraft> members = new ArrayList<>();

    private record MemberDraft(SimUser user, List<String> roleIds) {}

    GuildBuilder() {}

    /** The default newsroom: #news, #desk, an editor (Administrator, Manage Server) and a reporter. */
    public GuildBuilder newsroomDefaults() {
        id(SimDefaults.GUILD_ID).name(SimDefaults.GUILD_NAME);
        textChannel(SimDefaults.NEWS_CHANNEL_ID, "news");
        textChannel(SimDefaults.DESK_CHANNEL_ID, "desk");
        role(SimDefaults.EDITOR_ROLE_ID, "Editor", Permissions.ADMINISTRATOR | Permissions.MANAGE_GUILD);
        member(SimDefaults.EDITOR, SimDefaults.EDITOR_ROLE_ID);
        member(SimDefaults.REPORTER);
        return owner(SimDefaults.EDITOR.id());
    }

    public GuildBuilder id(String guildId) {
        this.id = guildId;
        return this;
    }

    public GuildBuilder name(String guildName) {
        this.name = guildName;
        return this;
    }

    public GuildBuilder owner(String userId) {
        this.ownerId = userId;
        return this;
    }

    public GuildBuilder locale(String preferredLocale) {
        this.locale = preferredLocale;
        return this;
    }

    public GuildBuilder everyonePermissions(long permissions) {
        this.everyonePermissions = permissions;
        return this;
    }

    /** Permissions of the bot's own role (used for {@code app_permissions}). */
    public GuildBuilder botPermissions(String roleId, long permissions) {
        this.botRoleId = roleId;
        this.botPermissions = permissions;
        return this;
    }

    /**
     * The server added the app with the {@code applications.commands} scope only: its commands work there, but it
     * has no bot member or role, is not in READY or GUILD_CREATE, and REST calls on its channels answer 403 / 50001
     * (docs {@code interactions/application-commands.mdx}: "Application commands do not depend on a bot user in the
     * guild").
     */
    public GuildBuilder commandsOnly() {
        this.botUser = false;
        return this;
    }

    public GuildBuilder textChannel(String channelId, String channelName) {
        channels.add(new SimChannel(channelId, id, channelName, SimChannel.GUILD_TEXT, channels.size(), List.of()));
        return this;
    }

    /** Adds a permission overwrite to a channel of this guild (role overwrites name @everyone by the guild id). */
    public GuildBuilder overwrite(String channelId, SimOverwrite overwrite) {
        overwrites.computeIfAbsent(channelId, c -> new ArrayList<>()).add(overwrite);
        return this;
    }

    /** An @everyone overwrite: what members without other grants may not do in the channel. */
    public GuildBuilder denyEveryone(String channelId, long permissions) {
        return overwrite(channelId, SimOverwrite.role(null, 0, permissions));
    }

    /** An overwrite for the bot's own member in the channel. */
    public GuildBuilder botOverwrite(String channelId, long allow, long deny) {
        return overwrite(channelId, new SimOverwrite(null, SimOverwrite.MEMBER, allow, deny));
    }

    public GuildBuilder role(String roleId, String roleName, long permissions) {
        roles.add(new SimRole(roleId, roleName, permissions, roles.size() + 1));
        return this;
    }

    /** A member holding the given roles (besides @everyone). */
    public GuildBuilder member(SimUser user, String... roleIds) {
        members.add(new MemberDraft(user, Arrays.asList(roleIds)));
        return this;
    }

    /** A member whose extra permissions come from a role created just for them. */
    public GuildBuilder member(SimUser user, long permissions) {
        if (permissions == 0) {
            return member(user);
        }
        String roleId = user.id() + "1";
        role(roleId, user.username() + " role", permissions);
        return member(user, roleId);
    }

    SimGuild build(SimUser bot) {
        List<SimRole> allRoles = new ArrayList<>();
        allRoles.add(new SimRole(id, "@everyone", everyonePermissions, 0));
        allRoles.addAll(roles);
        if (botUser) {
            allRoles.add(new SimRole(botRoleId, bot.username(), botPermissions, roles.size() + 1));
        }
        List<SimChannel> guildChannels = new ArrayList<>();
        for (SimChannel c : channels) {
            List<SimOverwrite> kept = new ArrayList<>();
            for (SimOverwrite o : overwrites.getOrDefault(c.id(), List.of())) {
                // @everyone (a role) and the bot's own member are named before their ids are final.
                String target = o.id() != null ? o.id() : o.type() == SimOverwrite.ROLE ? id : bot.id();
                kept.add(new SimOverwrite(target, o.type(), o.allow(), o.deny()));
            }
            guildChannels.add(new SimChannel(c.id(), id, c.name(), c.type(), c.position(), kept));
        }
        List<SimMember> allMembers = new ArrayList<>();
        if (botUser) {
            allMembers.add(new SimMember(bot, id, List.of(botRoleId)));
        }
        for (MemberDraft m : members) {
            allMembers.add(new SimMember(m.user(), id, m.roleIds()));
        }
        String owner = ownerId != null
                ? ownerId
                : allMembers.get(allMembers.size() - 1).id();
        return new SimGuild(id, name, owner, locale, allRoles, guildChannels, allMembers);
    }
}
