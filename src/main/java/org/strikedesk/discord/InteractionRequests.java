package org.strikedesk.discord;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.interaction.GenericInteractionCreateEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.Invoker;
import org.strikedesk.commands.Upload;

/**
 * What an interaction asks, read from JDA's event into the platform-neutral terms the commands take: the request with
 * its options and attachments, who asked (and whether they may manage the server), the options filled in beside one
 * being typed, and the largest file the answer may carry.
 */
final class InteractionRequests {
    private InteractionRequests() {}

    /**
     * The options already filled in beside the one being typed: Discord sends them with an autocomplete request,
     * without the {@code focused} field the typed one has (docs {@code interactions/application-commands.mdx},
     * "Autocomplete"); required ones not filled in yet are absent.
     */
    static Map<String, String> filled(CommandAutoCompleteInteractionEvent event, String focused) {
        Map<String, String> filled = new HashMap<>();
        for (OptionMapping option : event.getOptions()) {
            if (!option.getName().equals(focused)) {
                filled.put(option.getName(), option.getAsString());
            }
        }
        return filled;
    }

    /** The command as the commands see it: its options, attachments (read through {@code uploads}) and who asked. */
    static CommandRequest of(SlashCommandInteractionEvent event, InteractionListener.Uploads uploads) {
        Map<String, String> options = new HashMap<>();
        Map<String, Upload> files = new HashMap<>();
        for (OptionMapping option : event.getOptions()) {
            switch (option.getType()) {
                case ATTACHMENT -> files.put(option.getName(), uploads.of(option.getAsAttachment()));
                case CHANNEL ->
                    options.put(option.getName(), option.getAsChannel().getId());
                default -> options.put(option.getName(), option.getAsString());
            }
        }
        return new CommandRequest(event.getName(), options, invoker(event), files, maxFileBytes(event));
    }

    /**
     * The largest file Discord accepts in the answer: the interaction's {@code attachment_size_limit}, which Discord
     * works out from the server's boost tier and the person's Nitro (docs {@code reference.mdx}, "Uploading Files";
     * {@code interactions/receiving-and-responding.mdx}, Interaction Structure). JDA does not read the field, so it is
     * taken from the event's payload; without it, Discord's default for everyone, which JDA knows as
     * {@link Message#MAX_FILE_SIZE} (10 MiB).
     */
    static long maxFileBytes(GenericEvent event) {
        DataObject payload = event.getRawData();
        long limit = payload == null
                ? Message.MAX_FILE_SIZE
                : payload.optObject("d")
                        .map(interaction -> interaction.getLong("attachment_size_limit", Message.MAX_FILE_SIZE))
                        .orElse((long) Message.MAX_FILE_SIZE);
        return limit > 0 ? limit : Message.MAX_FILE_SIZE;
    }

    /**
     * Who asked, with their rights where they asked. Discord sends the member with the interaction, with their role
     * ids and their permissions in the channel, overwrites included, worked out by Discord (docs
     * {@code resources/guild.mdx}, Guild Member Object: {@code roles}, and {@code permissions}, "returned when in the
     * interaction object"): they are read from there, which costs nothing and holds in a server that added
     * StrikeDesk for its commands only, where JDA knows no roles. Without the payload, JDA's own view is asked.
     */
    static Invoker invoker(GenericInteractionCreateEvent event) {
        Optional<DataObject> member = sentMember(event);
        return new Invoker(
                event.getUser().getId(),
                event.getUser().getName(),
                member.map(InteractionRequests::mayManageServer).orElseGet(() -> admin(event)),
                event.getGuild() == null ? "" : event.getGuild().getId(),
                event.getChannelId() == null ? "" : event.getChannelId(),
                member.map(InteractionRequests::roleIds).orElseGet(() -> roles(event.getMember())));
    }

    /**
     * The member as the interaction's payload gives it; empty outside a server, without the payload, or where its
     * permissions are not a number (then JDA's view is asked instead).
     */
    private static Optional<DataObject> sentMember(GenericEvent event) {
        DataObject payload = event.getRawData();
        return payload == null
                ? Optional.empty()
                : payload.optObject("d")
                        .flatMap(interaction -> interaction.optObject("member"))
                        .filter(member ->
                                member.hasKey("roles") && permissions(member).isPresent());
    }

    private static Optional<Long> permissions(DataObject member) {
        try {
            return Optional.of(Long.parseUnsignedLong(member.getString("permissions", "")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Manage Server, or Administrator, which Discord counts as every permission. */
    private static boolean mayManageServer(DataObject member) {
        long permissions = permissions(member).orElse(0L);
        return (permissions & (Permission.ADMINISTRATOR.getRawValue() | Permission.MANAGE_SERVER.getRawValue())) != 0;
    }

    private static Set<String> roleIds(DataObject member) {
        DataArray roles = member.getArray("roles");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < roles.length(); i++) {
            ids.add(roles.getString(i));
        }
        return ids;
    }

    /**
     * The member's role ids, as far as JDA knows them: the roles of a server the bot is in. In a server that added
     * StrikeDesk for its commands only, the member is detached and its roles cannot be read: it counts as having none.
     */
    private static Set<String> roles(Member member) {
        if (member == null) {
            return Set.of();
        }
        try {
            return member.getUnsortedRoles().stream().map(Role::getId).collect(Collectors.toSet());
        } catch (UnsupportedOperationException e) {
            return Set.of();
        }
    }

    /**
     * Whether the person may manage the server, from their permissions in the channel the interaction came from. In
     * a server that added StrikeDesk for its commands only, JDA knows no roles and its member is detached:
     * {@code hasPermission(Permission...)} would throw, while the channel form reads the permissions Discord sent
     * with the interaction ({@code member.permissions}; JDA {@code DetachedMemberImpl}). In a server the bot is in,
     * the same call works from JDA's cache of roles and overwrites.
     */
    private static boolean admin(Interaction interaction) {
        Member member = interaction.getMember();
        return member != null
                && interaction.getChannel() instanceof GuildChannel channel
                && member.hasPermission(channel, Permission.MANAGE_SERVER);
    }
}
