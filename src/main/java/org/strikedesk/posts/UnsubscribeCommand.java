package org.strikedesk.posts;

import java.util.Optional;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.CommandSpec;
import org.strikedesk.commands.Completion;
import org.strikedesk.commands.Lookups;
import org.strikedesk.commands.OptionSpec;
import org.strikedesk.commands.OptionType;
import org.strikedesk.commands.Options;
import org.strikedesk.commands.SlashCommand;
import org.strikedesk.replies.Reply;
import org.strikedesk.trusts.Organisation;

/** {@code /unsubscribe channel: [trust:] [region:]}: stop posting new figures for something in a channel. */
public final class UnsubscribeCommand implements SlashCommand {
    public static final String NAME = "unsubscribe";

    private static final CommandSpec SPEC = CommandSpec.of(
                    NAME,
                    "Stop posting new figures in a channel",
                    OptionSpec.of(Options.CHANNEL, "The channel", OptionType.CHANNEL, true),
                    OptionSpec.optional(Options.TRUST, "The trust it follows (default: England)", Completion.TRUST),
                    OptionSpec.optional(Options.REGION, "The region it follows (default: none)", Completion.REGION))
            .forAdmins();

    private final SubscriptionStore subscriptions;
    private final Lookups lookups;

    public UnsubscribeCommand(SubscriptionStore subscriptions, Lookups lookups) {
        this.subscriptions = subscriptions;
        this.lookups = lookups;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandRequest request) {
        Optional<String> channel = SubscribeCommand.channel(request);
        if (channel.isEmpty()) {
            return Reply.error("Which channel?", "Pick the channel to stop posting in.");
        }
        return SubscribeCommand.followed(request, lookups).then(org -> unsubscribe(channel.get(), org));
    }

    private Reply unsubscribe(String channel, Organisation org) {
        if (subscriptions.remove(channel, org.code())) {
            return Reply.info(
                    "Unsubscribed", "<#" + channel + "> will no longer get new figures for " + org.displayName() + ".");
        }
        return Reply.error(
                "Not subscribed",
                "<#" + channel + "> does not follow " + org.displayName()
                        + "; /subscriptions lists what each channel follows.");
    }
}
