package org.strikedesk.posts;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.CommandSpec;
import org.strikedesk.commands.SlashCommand;
import org.strikedesk.replies.Reply;
import org.strikedesk.trusts.Organisation;
import org.strikedesk.trusts.TrustDirectory;

/** {@code /subscriptions}: where this server's new figures are posted, and any channel that cannot be posted in. */
public final class SubscriptionsCommand implements SlashCommand {
    public static final String NAME = "subscriptions";

    private static final CommandSpec SPEC = CommandSpec.of(NAME, "Where new figures are posted in this server")
            .forAdmins()
            .privately();

    private final SubscriptionStore subscriptions;
    private final ChannelProblems problems;
    private final TrustDirectory directory;

    public SubscriptionsCommand(SubscriptionStore subscriptions, ChannelProblems problems, TrustDirectory directory) {
        this.subscriptions = subscriptions;
        this.problems = problems;
        this.directory = directory;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandRequest request) {
        List<Subscription> here = subscriptions.inGuild(request.invoker().guildId());
        if (here.isEmpty()) {
            return Reply.info(
                    "No subscriptions", "No channel in this server gets new figures yet; /subscribe sets" + " one up.");
        }
        Map<String, String> broken = problems.all();
        String lines = here.stream()
                .map(s -> "<#" + s.channelId() + ">: "
                        + directory
                                .byCode(s.orgCode())
                                .map(Organisation::displayName)
                                .orElse(s.orgCode())
                        + (broken.containsKey(s.channelId())
                                ? " \u2014 cannot post: " + broken.get(s.channelId())
                                : ""))
                .collect(Collectors.joining("\n"));
        return Reply.builder(Reply.Tone.ANSWER)
                .title("Subscriptions in this server")
                .text(lines)
                .ephemeral(true)
                .build();
    }
}
