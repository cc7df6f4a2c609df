package org.strikedesk.audit;

import java.util.List;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.CommandSpec;
import org.strikedesk.commands.Lookups;
import org.strikedesk.commands.Options;
import org.strikedesk.commands.SlashCommand;
import org.strikedesk.replies.HouseStyle;
import org.strikedesk.replies.Reply;
import org.strikedesk.trusts.Organisation;

/** {@code /usage trust:} (editors): who was shown which figures of a trust, where and when, newest first. */
public final class UsageCommand implements SlashCommand {
    public static final String NAME = "usage";
    static final int LISTED = 15;

    private static final CommandSpec SPEC = CommandSpec.of(
                    NAME, "Editors: who was shown a trust's figures, where and when", Options.TRUST_OPTION)
            .editorsOnly()
            .privately();

    private final Lookups lookups;
    private final Pulls pulls;
    private final CorrectionCards cards;

    UsageCommand(Lookups lookups, Pulls pulls, CorrectionCards cards) {
        this.lookups = lookups;
        this.pulls = pulls;
        this.cards = cards;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandRequest request) {
        return lookups.organisation(request, Options.TRUST).then(this::usage);
    }

    private Reply usage(Organisation org) {
        List<Pull> latest = pulls.of(org.code(), LISTED);
        Reply.Builder reply = Reply.builder(Reply.Tone.ANSWER)
                .title("Who used the figures for " + org.displayName())
                .ephemeral(true);
        if (latest.isEmpty()) {
            return reply.text("No one has been shown figures for " + HouseStyle.subject(org)
                            + " in the time records are kept (audit.keep).")
                    .build();
        }
        StringBuilder lines = new StringBuilder();
        latest.forEach(pull -> lines.append("\u2022 ").append(cards.line(pull)).append('\n'));
        return reply.text(lines.toString().strip())
                .caveat("The latest " + HouseStyle.count(latest.size()) + (latest.size() == 1 ? " reply" : " replies")
                        + " that showed its figures, newest first, with the values they showed.")
                .build();
    }
}
