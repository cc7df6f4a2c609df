package org.strikedesk.audit;

import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.CommandSpec;
import org.strikedesk.commands.SlashCommand;
import org.strikedesk.replies.Reply;

/** {@code /corrections} (editors): the latest revisions of figures people had been shown, and who they were. */
public final class CorrectionsCommand implements SlashCommand {
    public static final String NAME = "corrections";
    static final int LISTED = 10;

    private static final CommandSpec SPEC = CommandSpec.of(
                    NAME, "Editors: revised figures that people had used, and who was shown the old value")
            .editorsOnly()
            .privately();

    private final Corrections corrections;
    private final CorrectionCards cards;

    CorrectionsCommand(Corrections corrections, CorrectionCards cards) {
        this.corrections = corrections;
        this.cards = cards;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandRequest request) {
        return cards.listing(corrections.latest(LISTED));
    }
}
