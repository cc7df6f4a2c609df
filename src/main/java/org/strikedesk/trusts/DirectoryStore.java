package org.strikedesk.trusts;

import java.nio.file.Path;
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

    /** Replaces the directory with these names, inside the caller's transaction. */
    public static void replace(Connection connection, Names names) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM devolved_bodies");
            statement.executeUpdate("DELETE FROM trust_aliases");
            statement.executeUpdate("DELETE FROM sites");
            statement.executeUpdate("DELETE FROM trusts");
            statement.executeUpdate("DELETE FROM regions");
        }
        insertRegions(connection);
        insertTrusts(connection, names.trusts());
        Set<String> codes = names.trusts().stream().map(Organisation::code).collect(Collectors.toSet());
        insertAliases(connection, names.aliases(), codes);
        insertSites(connection, names.sites());
        insertDevolved(connection, names.devolved());
    }

    /**
     * What the directory is made of, as read from the register files.
     *
     * @param trusts every trust in the register
     * @param aliases names newsrooms use for them
     * @param sites their hospitals
     * @param devolved the NHS bodies of Wales, Scotland and Northern Ireland
     */
    public record Names(List<Organisation> trusts, List<Alias> aliases, List<Site> sites, List<DevolvedBody> devolved) {
        public Names {
            trusts = List.copyOf(trusts);
            aliases = List.copyOf(aliases);
            sites = List.copyOf(sites);
            devolved = List.copyOf(devolved);
        }

        /** Reads every register file in {@code directory}. */
        public static Names read(Path directory) {
            return new Names(
                    RegisterFiles.readRegister(directory.resolve(RegisterFiles.REGISTER)),
                    RegisterFiles.readAliases(directory.resolve(RegisterFiles.ALIASES)),
                    RegisterFiles.readSites(directory.resolve(RegisterFiles.SITES)),
                    RegisterFiles.readDevolved(directory.resolve(RegisterFiles.DEVOLVED)));
        }

        /** The directory these names make. */
        public TrustDirectory directory() {
            return new TrustDirectory(trusts, aliases, sites, devolved);
        }
    }

    private static void insertDevolved(Connection connection, List<DevolvedBody> bodies) throws SQLException {
        String sql = "INSERT INTO devolved_bodies (name, nation, kind, also_known_as, source) VALUES (?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (DevolvedBody body : bodies) {
                insert.setString(1, body.name());
                insert.setString(2, body.nation());
                insert.setString(3, body.kind());
                insert.setString(4, String.join(";", body.alsoKnownAs()));
                insert.setString(5, body.source());
                insert.addBatch();
            }
            insert.executeBatch();
        }
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
        return database.read(connection ->
                new TrustDirectory(trusts(connection), aliases(connection), sites(connection), devolved(connection)));
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

    private static List<DevolvedBody> devolved(Connection connection) throws SQLException {
        List<DevolvedBody> bodies = new ArrayList<>();
        String sql = "SELECT name, nation, kind, also_known_as, source FROM devolved_bodies ORDER BY name";
        try (PreparedStatement query = connection.prepareStatement(sql);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String names = rows.getString(4);
                bodies.add(new DevolvedBody(
                        rows.getString(1),
                        rows.getString(2),
                        rows.getString(3),
                        names.isEmpty() ? List.of() : List.of(names.split(";")),
                        rows.getString(5)));
            }
        }
        return bodies;
    }

    private static @Nullable LocalDate date(@Nullable String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
