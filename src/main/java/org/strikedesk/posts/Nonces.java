package org.strikedesk.posts;

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import org.strikedesk.store.Database;

/**
 * The nonce Discord uses to refuse a duplicate of a post: this store's own random id and the post's number, so a
 * post sent again is the same message, and posts from two stores never share a nonce.
 */
final class Nonces {
    private final String storeId;

    Nonces(Database database) {
        this.storeId = storeId(database);
    }

    String of(Post post) {
        return "sd" + storeId + "-" + post.id();
    }

    /** A random id for this store, made once, so nonces never repeat across stores. */
    private static String storeId(Database database) {
        return database.transaction(connection -> {
            try (PreparedStatement query =
                            connection.prepareStatement("SELECT value FROM store_settings WHERE key = 'store_id'");
                    ResultSet rows = query.executeQuery()) {
                if (rows.next()) {
                    return rows.getString(1);
                }
            }
            byte[] random = new byte[4];
            new SecureRandom().nextBytes(random);
            String id = HexFormat.of().formatHex(random);
            try (PreparedStatement insert =
                    connection.prepareStatement("INSERT INTO store_settings (key, value) VALUES ('store_id', ?)")) {
                insert.setString(1, id);
                insert.executeUpdate();
            }
            return id;
        });
    }
}
