package org.strikedesk.posts;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.CommandSpec;
import org.strikedesk.commands.Completion;
import org.strikedesk.commands.Lookup;
import org.strikedesk.commands.Lookups;
import org.strikedesk.commands.OptionSpec;
import org.strikedesk.commands.OptionType;
import org.strikedesk.commands.Options;
import org.strikedesk.commands.SlashCommand;
import org.strikedesk.replies.HouseStyle;
import org.strikedesk.replies.Reply;
import org.strikedesk.trusts.Organisation;
import org.strikedesk.trusts.Region;

/** {@code /subscribe channel: [trust:] [region:]}: post new figures for a trust, a region or England in a channel. */
public final class SubscribeCommand implements SlashCommand {
    public static final String NAME = "subscribe";

    private static final CommandSpec SPEC = CommandSpec.of(
                    NAME,
                    "Post new figures in a channel: for a trust, a region, or England",
                    OptionSpec.of(Options.CHANNEL, "The channel to post in", OptionType.CHANNEL, true),
                    OptionSpec.optional(Options.TRUST, "A trust to follow (leave out for England)", Completion.TRUST),
                    OptionSpec.optional(
                            Options.REGION, "A region to follow: its trusts and its totals", Completion.REGION))
            .forAdmins();

    /** A Discord id (a snowflake: 17 to 20 digits), bare or as a channel mention. */
    private static final Pattern CHANNEL_ID = Pattern.compile("<?#?(\\d{17,20})>?");

    private final SubscriptionStore subscriptions;
    private final Lookups lookups;
    private final ChannelAccess.Check access;

    /**
     * @param access whether StrikeDesk can post in a channel, asked before a subscription is kept: a channel no post
     *     can reach is refused, saying what to change
     */
    public SubscribeCommand(SubscriptionStore subscriptions, Lookups lookups, ChannelAccess.Check access) {
        this.subscriptions = subscriptions;
        this.lookups = lookups;
        this.access = access;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandRequest request) {
        Optional<String> channel = channel(request);
        if (channel.isEmpty() || request.invoker().guildId().isEmpty()) {
            return Reply.error("Which channel?", "Use /subscribe in a server and pick the channel to post in.");
        }
        return followed(request, lookups)
                .then(org -> access.of(request.invoker().guildId(), channel.get())
                        .handle(new Refusal(channel.get()))
                        .orElseGet(() -> subscribe(request, channel.get(), org)));
    }

    /** The reply that refuses a channel StrikeDesk cannot post in, saying what would let it; empty when it can. */
    private record Refusal(String channel) implements ChannelAccess.Handler<Optional<Reply>> {
        private static final String TITLE = "StrikeDesk cannot post there";

        @Override
        public Optional<Reply> granted(ChannelAccess.Granted granted) {
            return Optional.empty();
        }

        @Override
        public Optional<Reply> missing(ChannelAccess.Missing missing) {
            return Optional.of(Reply.error(
                    TITLE,
                    "StrikeDesk is missing " + HouseStyle.list(missing.permissions()) + " in <#" + channel
                            + ">. Give its role View Channel, Send Messages and Embed Links there, then /subscribe"
                            + " again."));
        }

        @Override
        public Optional<Reply> notInServer(ChannelAccess.NotInServer notInServer) {
            return Optional.of(Reply.error(
                    TITLE,
                    "StrikeDesk was added to this server for its slash commands only, without its bot user, which is"
                            + " what posts. Add it again with the bot scope, then /subscribe again: "
                            + notInServer.inviteLink()));
        }

        @Override
        public Optional<Reply> unreachable(ChannelAccess.Unreachable unreachable) {
            return Optional.of(
                    Reply.error(TITLE, "StrikeDesk cannot post in <#" + channel + ">: " + unreachable.reason() + "."));
        }
    }

    /**
     * The channel option's id. Discord always sends an id; typed at the console it may also be a channel mention
     * ({@code <#123…>}). Anything else names no channel, and is refused rather than kept as a channel that no post
     * could ever reach.
     */
    static Optional<String> channel(CommandRequest request) {
        return request.option(Options.CHANNEL)
                .map(text -> CHANNEL_ID.matcher(text))
                .filter(Matcher::matches)
                .map(matcher -> matcher.group(1));
    }

    /** What the trust and region options name together: a trust, a region, or England when neither is given. */
    static Lookup<Organisation> followed(CommandRequest request, Lookups lookups) {
        Optional<String> trust = request.option(Options.TRUST);
        Optional<String> region = request.option(Options.REGION);
        if (trust.isPresent() && region.isPresent()) {
            return new Lookup.Failed<>(Reply.error("A trust or a region", "Give a trust or a region, not both."));
        }
        if (region.isPresent()) {
            return region(region.get());
        }
        return trust.isPresent()
                ? lookups.organisation(request, Options.TRUST)
                : new Lookup.Found<>(Organisation.ENGLAND);
    }

    private static Lookup<Organisation> region(String text) {
        for (Region region : Region.values()) {
            if (region.inEngland()
                    && (region.code().equalsIgnoreCase(text)
                            || region.displayName().equalsIgnoreCase(text.replaceFirst("(?i)\\s+region$", "")))) {
                return new Lookup.Found<>(Organisation.of(region));
            }
        }
        return new Lookup.Failed<>(Reply.error(
                "No such region",
                "NHS England's regions are London, South West,"
                        + " South East, Midlands, East of England, North West, and North East and Yorkshire."));
    }

    private Reply subscribe(CommandRequest request, String channel, Organisation org) {
        String by = request.invoker().displayName() + " (" + request.invoker().userId() + ")";
        return subscriptions
                .add(
                        request.invoker().guildId(),
                        channel,
                        org.code(),
                        by,
                        request.invoker().channelId())
                .map(s -> Reply.builder(Reply.Tone.ANSWER)
                        .title("Subscribed")
                        .text("New figures for " + org.displayName() + " will be posted in <#" + channel + ">, once per"
                                + " release, with corrections marked.")
                        .build())
                .orElseGet(() -> Reply.builder(Reply.Tone.WARNING)
                        .title("Already subscribed")
                        .text("<#" + channel + "> already gets new figures for " + org.displayName() + ".")
                        .ephemeral(true)
                        .build());
    }
}
