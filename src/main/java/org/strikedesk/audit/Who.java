package org.strikedesk.audit;

import java.util.Objects;
import org.strikedesk.commands.Invoker;

/**
 * Who asked, and where, as the record keeps it.
 *
 * @param userId a Discord user id, or {@value Invoker#CONSOLE_ID}
 * @param userName their name as the platform gave it, or the name of the person at the console
 * @param guildId the server, or empty at the console and in direct messages
 * @param channelId the channel, or empty at the console
 */
public record Who(String userId, String userName, String guildId, String channelId) {
    public Who {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(guildId, "guildId");
        Objects.requireNonNull(channelId, "channelId");
    }

    static Who of(Invoker invoker) {
        return new Who(invoker.userId(), invoker.displayName(), invoker.guildId(), invoker.channelId());
    }

    /**
     * "&lt;@123&gt; in &lt;#456&gt;", "&lt;@123&gt; in a direct message", "Night editor at the console": names as Discord
     * shows them, which replies and posts send with no mention allowed, so no one is pinged.
     */
    public String named() {
        if (Invoker.CONSOLE_ID.equals(userId)) {
            return userName + " at the console";
        }
        String where = guildId.isEmpty() ? "in a direct message" : channelId.isEmpty() ? "" : "in <#" + channelId + ">";
        return ("<@" + userId + "> " + where).strip();
    }
}
