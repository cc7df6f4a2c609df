package org.strikedesk.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.strikedesk.Application;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.Invoker;
import org.strikedesk.commands.Options;
import org.strikedesk.console.TextRenderer;
import org.strikedesk.figures.FiguresStore;

/**
 * What a store answers, taken before and after something that must not change it: the replies to a fixed set of
 * commands as the console prints them, how many figures it holds, a checksum of every figure, and how many old
 * values and posts it keeps. Two equal snapshots mean a reader could not tell the store had been touched.
 *
 * @param replies the rendered replies, one after another
 * @param figures {@code FiguresStore.count()}
 * @param checksum SHA-256 of every row of the figures table, in key order
 * @param history rows of figure_history
 * @param posts rows of posts
 */
public record StoreAnswers(String replies, long figures, String checksum, long history, long posts) {
    private static final List<CommandRequest> ASKED = List.of(
            ask("cancellations", Map.of(Options.TRUST, "ENHT")),
            ask("national", Map.of(Options.STRIKE, "all")),
            ask("top", Map.of(Options.STRIKE, "2022-12-rcn")),
            ask("strikes", Map.of()));

    private static CommandRequest ask(String command, Map<String, String> options) {
        return CommandRequest.of(command, options, Invoker.CONSOLE);
    }

    /** The store's answers now. */
    public static StoreAnswers of(Application app) {
        String replies = ASKED.stream()
                .map(request -> TextRenderer.render(app.commands().handle(request)))
                .collect(Collectors.joining("\n"));
        return app.database()
                .read(connection -> new StoreAnswers(
                        replies,
                        new FiguresStore(app.database()).count(),
                        checksum(connection),
                        count(connection, "figure_history"),
                        count(connection, "posts")));
    }

    /** How many imports the history holds, rejected ones included. */
    public static long imports(Application app) {
        return app.database().read(connection -> count(connection, "imports"));
    }

    private static String checksum(Connection connection) throws SQLException {
        MessageDigest digest = sha256();
        String sql = "SELECT strike_id, org_code, day, metric, value, source, published, import_id FROM figures"
                + " ORDER BY strike_id, org_code, day, metric";
        try (PreparedStatement query = connection.prepareStatement(sql);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                for (int column = 1; column <= 8; column++) {
                    digest.update(String.valueOf(rows.getString(column)).getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0x1F);
                }
                digest.update((byte) '\n');
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM " + table);
                ResultSet rows = query.executeQuery()) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
