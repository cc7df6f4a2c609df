package org.strikedesk.discord.sim;

/** A file the simulator holds: uploaded by the bot with a message, or by a user with a command. */
// Compared by no one, so the bytes may stay an array.
@SuppressWarnings("ArrayRecordComponent")
public record StoredAttachment(
        String id, String channelId, String filename, String contentType, byte[] bytes, String url) {

    public int size() {
        return bytes.length;
    }
}
