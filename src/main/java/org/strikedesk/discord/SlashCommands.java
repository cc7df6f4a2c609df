package org.strikedesk.discord;

import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.strikedesk.commands.Choice;
import org.strikedesk.commands.CommandSpec;
import org.strikedesk.commands.Completion;
import org.strikedesk.commands.OptionSpec;

/**
 * Turns command specs into Discord slash command definitions. The specs are written in British English; Discord
 * shows a definition's default text to en-US clients, so the same text is also given as the en-GB localisation.
 */
public final class SlashCommands {
    private SlashCommands() {}

    public static List<SlashCommandData> of(List<CommandSpec> specs) {
        return specs.stream().map(SlashCommands::of).toList();
    }

    /**
     * One definition, offered where StrikeDesk really works: in servers that installed it (with or without its bot
     * user), not in direct messages and not as an app installed to a user's own account. JDA's default would also
     * offer every command in direct messages with the bot. Admin commands are hidden from members without Manage
     * Server.
     */
    public static SlashCommandData of(CommandSpec spec) {
        SlashCommandData data = Commands.slash(spec.name(), spec.description())
                .setDescriptionLocalization(DiscordLocale.ENGLISH_UK, spec.description());
        data.setIntegrationTypes(IntegrationType.GUILD_INSTALL);
        data.setContexts(InteractionContextType.GUILD);
        if (spec.adminOnly()) {
            data.setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER));
        }
        for (OptionSpec option : spec.options()) {
            data.addOptions(option(option));
        }
        return data;
    }

    private static OptionData option(OptionSpec spec) {
        OptionData option = new OptionData(
                        type(spec),
                        spec.name(),
                        spec.description(),
                        spec.required(),
                        spec.completion() != Completion.NONE)
                .setDescriptionLocalization(DiscordLocale.ENGLISH_UK, spec.description());
        for (Choice choice : spec.choices()) {
            option.addChoices(new Command.Choice(choice.name(), choice.value())
                    .setNameLocalization(DiscordLocale.ENGLISH_UK, choice.name()));
        }
        if (spec.min() != null) {
            option.setRequiredRange(spec.min(), spec.max());
        }
        if (type(spec) == OptionType.CHANNEL) {
            option.setChannelTypes(ChannelType.TEXT, ChannelType.NEWS);
        }
        return option;
    }

    private static OptionType type(OptionSpec spec) {
        return switch (spec.type()) {
            case STRING -> OptionType.STRING;
            case INTEGER -> OptionType.INTEGER;
            case CHANNEL -> OptionType.CHANNEL;
            case ATTACHMENT -> OptionType.ATTACHMENT;
        };
    }
}
