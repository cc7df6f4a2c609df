package org.strikedesk.trusts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.strikedesk.store.Database;

/** Keeps the trust directory in the store: written whole when the register files change, read at start. */
public final class DirectoryStore {
    private final Database database;

    public DirectoryStore(Database database) {
        this.database = database;
    }

    /** Replaces the directory with these trusts, aliases and sites, inside the caller's transaction. */
    public static void replace(Connection connection, List<Organisation> trusts, List<Alias> aliases, List<Site> sites)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM trust_aliases");
            statement.executeUpdate("DELETE FROM sites");
            statement.executeUpdate("DELETE FROM trusts");
            statement.executeUpdate("DELETE FROM regions");
        }
        insertRegions(connection);
        insertTrusts(connection, trusts);
        Set<String> codes = trusts.stream().map(Organisation::code).collect(Collectors.toSet());
        insertAliases(connection, aliases, codes);
        insertSites(connection, sites);
    }

    private static void insertRegions(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO regions (code, name) VALUES (?, ?)")) {
            for (Region region : Region.values()) {
                insert.setString(1, region.code());
                insert.setString(2, region.displayName());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertTrusts(Connection connection, List<Organisation> trusts) throws SQLException {
        String sql =
                "INSERT INTO trusts (code, name, register_name, region_code, opened, closed) VALUES (?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Organisation trust : trusts) {
                insert.setString(1, trust.code());
                insert.setString(2, trust.name());
                insert.setString(3, trust.name().toUpperCase(Locale.ROOT));
                insert.setString(
                        4,
                        Objects.requireNonNull(trust.region(), "a trust belongs to a region")
                                .code());
                insert.setString(
                        5, trust.opened() == null ? null : trust.opened().toString());
                insert.setString(
                        6, trust.closed() == null ? null : trust.closed().toString());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertAliases(Connection connection, List<Alias> aliases, Set<String> codes)
            throws SQLException {
        String sql = "INSERT OR IGNORE INTO trust_aliases (alias, trust_code, kind) VALUES (?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Alias alias : aliases) {
                if (!codes.contains(alias.trustCode())) {
                    throw new IllegalStateException(RegisterFiles.ALIASES + ": alias \"" + alias.alias() + "\" names "
                            + alias.trustCode() + ", which is not in " + RegisterFiles.REGISTER);
                }
                insert.setString(1, alias.alias());
                insert.setString(2, alias.trustCode());
                insert.setString(3, alias.kind());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertSites(Connection connection, List<Site> sites) throws SQLException {
        String sql = "INSERT OR REPLACE INTO sites (code, name, city, parent_code) VALUES (?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Site site : sites) {
                insert.setString(1, site.code());
                insert.setString(2, site.name());
                insert.setString(3, site.city());
                insert.setString(4, site.trustCode());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Reads the whole directory. */
    public TrustDirectory load() {
        return database.read(
                connection -> new TrustDirectory(trusts(connection), aliases(connection), sites(connection)));
    }

    private static List<Organisation> trusts(Connection connection) throws SQLException {
        List<Organisation> trusts = new ArrayList<>();
        String sql = "SELECT code, name, region_code, opened, closed FROM trusts";
        try (PreparedStatement query = connection.prepareStatement(sql);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                trusts.add(new Organisation(
                        rows.getString(1),
                        rows.getString(2),
                        Organisation.Kind.TRUST,
                        Region.byCode(rows.getString(3)).orElseThrow(),
                        date(rows.getString(4)),
                        date(rows.getString(5))));
            }
        }
        return trusts;
    }

    private static List<Alias> aliases(Connection connection) throws SQLException {
        List<Alias> aliases = new ArrayList<>();
        try (PreparedStatement query =
                        connection.prepareStatement("SELECT alias, trust_code, kind FROM trust_aliases");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                aliases.add(new Alias(rows.getString(1), rows.getString(2), rows.getString(3)));
            }
        }
        return aliases;
    }

    private static List<Site> sites(Connection connection) throws SQLException {
        List<Site> sites = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT code, name, city, parent_code FROM sites");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                sites.add(new Site(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)));
            }
        }
        return sites;
    }

    private static @Nullable LocalDate date(@Nullable String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
