package org.strikedesk.discord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.strikedesk.config.UserFacingException;

/** Finds the bot token: {@code DISCORD_TOKEN}, else the file named by {@code DISCORD_TOKEN_FILE}. Never logged. */
public final class DiscordToken {
    public static final String VARIABLE = "DISCORD_TOKEN";
    public static final String FILE_VARIABLE = "DISCORD_TOKEN_FILE";

    private DiscordToken() {}

    public static Optional<String> fromEnvironment(Map<String, String> environment) {
        String direct = environment.get(VARIABLE);
        if (direct != null && !direct.isBlank()) {
            return Optional.of(direct.strip());
        }
        String file = environment.get(FILE_VARIABLE);
        if (file == null || file.isBlank()) {
            return Optional.empty();
        }
        try {
            String token = Files.readString(Path.of(file)).strip();
            if (token.isEmpty()) {
                throw new UserFacingException(FILE_VARIABLE + " names " + file + ", which is empty.");
            }
            return Optional.of(token);
        } catch (IOException e) {
            throw new UserFacingException(FILE_VARIABLE + " names " + file + ", which cannot be read ("
                    + e.getClass().getSimpleName() + ").");
        }
    }
}
