package org.strikedesk.discord;

import net.dv8tion.jda.api.entities.Message;
import org.strikedesk.commands.Upload;

/** Uploads read from Discord attachments, downloaded only when a command opens them. */
final class AttachmentUploads implements InteractionListener.Uploads {
    @Override
    public Upload of(Message.Attachment attachment) {
        return new Upload(
                attachment.getFileName(),
                attachment.getSize(),
                () -> attachment.getProxy().download().join());
    }
}
