package org.strikedesk.discord.sim;

/**
 * A channel permission overwrite: {@code id} is a role (type 0; the guild id for @everyone) or a member (type 1),
 * with the bits it allows and denies. Sent with allow and deny as decimal strings (docs {@code resources/channel.mdx}
 * "Overwrite Object").
 */
public record SimOverwrite(String id, int type, long allow, long deny) {
    public static final int ROLE = 0;
    public static final int MEMBER = 1;

    public static SimOverwrite role(String roleId, long allow, long deny) {
        return new SimOverwrite(roleId, ROLE, allow, deny);
    }

    public static SimOverwrite member(String userId, long allow, long deny) {
        return new SimOverwrite(userId, MEMBER, allow, deny);
    }
}
