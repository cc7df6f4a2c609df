package org.strikedesk.questions;

import org.strikedesk.commands.Actions;
import org.strikedesk.commands.Audience;
import org.strikedesk.commands.Invoker;
import org.strikedesk.replies.Reply;

/** Buttons: a choice offered with a question asked back runs its command here; any other goes to the buttons of answers. */
public final class AskButtons implements Actions {
    private final QuestionDesk desk;
    private final Actions others;

    public AskButtons(QuestionDesk desk, Actions others) {
        this.desk = desk;
        this.others = others;
    }

    @Override
    public Reply press(String actionId, Invoker invoker) {
        return actionId != null && actionId.startsWith(AskedCommand.BUTTON_PREFIX)
                ? desk.press(actionId, invoker)
                : others.press(actionId, invoker);
    }

    @Override
    public Audience audience(String actionId) {
        return actionId != null && actionId.startsWith(AskedCommand.BUTTON_PREFIX)
                ? desk.audience(actionId)
                : others.audience(actionId);
    }
}
