package org.strikedesk.discord;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.interactions.commands.Command;

/**
 * The ids Discord gave the slash commands when they were registered, per scope: one set for the global commands and
 * one for each server with commands of its own, each as the registration's response returned it (a bulk overwrite
 * answers with the commands and their ids; docs {@code interactions/application-commands.mdx}, "Bulk Overwrite Global
 * Application Commands"). A reply in a server links the commands that server shows: its own, or else the global ones;
 * with neither, commands are shown as {@code /name}. Owned by the bot, filled as it registers, read as it answers.
 */
final class CommandIds {
    private volatile DiscordInline global = DiscordInline.PLAIN;
    private final Map<String, DiscordInline> guilds = new ConcurrentHashMap<>();

    /** The global commands are now these, ids by name (none, after they were removed). */
    void global(Map<String, String> idsByName) {
        global = new DiscordInline(idsByName);
    }

    /** A server's own commands are now these, ids by name (none, after they were removed). */
    void guild(String guildId, Map<String, String> idsByName) {
        if (idsByName.isEmpty()) {
            guilds.remove(guildId);
        } else {
            guilds.put(guildId, new DiscordInline(idsByName));
        }
    }

    /**
     * How commands are shown in a server ({@code guildId}), or outside any (a direct message): the same instance until
     * the ids there change, so that a message made for it can be sent again ({@link ReadyMessages}).
     */
    DiscordInline in(Optional<String> guildId) {
        return guildId.map(guilds::get).orElse(global);
    }

    /** The ids of commands as a registration's response gives them, by name. */
    static Map<String, String> byName(List<Command> registered) {
        return registered.stream().collect(Collectors.toUnmodifiableMap(Command::getName, Command::getId, (a, b) -> a));
    }
}
