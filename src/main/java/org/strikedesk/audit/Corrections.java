package org.strikedesk.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.strikedesk.figures.Figure;
import org.strikedesk.ingest.FigureChange;
import org.strikedesk.ingest.ImportListener;
import org.strikedesk.ingest.ImportReport;
import org.strikedesk.posts.Outbox;
import org.strikedesk.posts.PostKind;
import org.strikedesk.posts.PostPayload;
import org.strikedesk.store.Database;

/**
 * Finds who used a figure when it is revised, inside the transaction that revises it (an import, or an editor's
 * approval of a held one): every pull that showed the old value, by person and channel. Each such revision is kept
 * in the {@code corrections} tables, which this class alone writes, and a notice naming the figure, its old and new
 * values and the people and channels goes to the editors' channel.
 */
public final class Corrections implements ImportListener {
    private final Database database;
    private final CorrectionCards cards;
    private final Optional<String> editorsChannel;
    private final Clock clock;
    private final Pulls pulls;

    Corrections(Database database, CorrectionCards cards, Optional<String> editorsChannel, Clock clock, Pulls pulls) {
        this.database = database;
        this.pulls = pulls;
        this.cards = cards;
        this.editorsChannel = editorsChannel;
        this.clock = clock;
    }

    @Override
    public void imported(Connection connection, ImportReport.Imported report) throws SQLException {
        revised(connection, report.id(), report.arrival().file(), report.changes());
    }

    @Override
    public void approved(Connection connection, ImportListener.Approval approval) throws SQLException {
        revised(connection, approval.held().id(), approval.held().arrival().file(), approval.changes());
    }

    private void revised(Connection connection, long importId, String file, List<FigureChange> changes)
            throws SQLException {
        Map<Figure.Scope, List<FigureChange>> byScope = new LinkedHashMap<>();
        changes.stream()
                .filter(FigureChange::isRevision)
                .forEach(change -> byScope.computeIfAbsent(change.after().scope(), k -> new ArrayList<>())
                        .add(change));
        if (byScope.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<Correction> found = new ArrayList<>();
        for (Map.Entry<Figure.Scope, List<FigureChange>> scope : byScope.entrySet()) {
            Map<ShownFigure, List<Correction.Use>> uses = usesIn(connection, scope.getKey());
            addUnwritten(uses, scope.getKey());
            for (FigureChange change : scope.getValue()) {
                Figure before = change.before();
                List<Correction.Use> users = uses.get(new ShownFigure(before.key(), before.value()));
                if (users != null) {
                    found.add(new Correction(
                            importId,
                            now,
                            before.key(),
                            before.value(),
                            change.after().value(),
                            users));
                }
            }
        }
        for (Correction correction : found) {
            write(connection, correction);
        }
        if (!found.isEmpty() && editorsChannel.isPresent()) {
            PostPayload notice = PostPayload.notice(cards.notice(importId, file, found));
            Outbox.owe(connection, editorsChannel.get(), PostKind.CORRECTION_NOTICE, importId, notice, now);
        }
    }

    /**
     * Who was shown each value of each figure of an organisation in a strike, by person and channel. The pulls are
     * counted by set first, and only then spread over the sets' figures: a set shown a hundred thousand times is
     * read a hundred thousand times, not once for each of its figures as well.
     */
    private static Map<ShownFigure, List<Correction.Use>> usesIn(Connection connection, Figure.Scope scope)
            throws SQLException {
        String sql = "WITH uses AS (SELECT figure_set, user_id, user_name, guild_id, channel_id, count(*) AS pulls,"
                + " min(pulled_at) AS first, max(pulled_at) AS last FROM pulls WHERE figure_set IN"
                + " (SELECT set_id FROM figure_set_members WHERE org_code = ? AND strike_id = ?)"
                + " GROUP BY figure_set, user_id, user_name, guild_id, channel_id)"
                + " SELECT f.day, f.metric, f.value, u.user_id, u.user_name, u.guild_id, u.channel_id, sum(u.pulls),"
                + " max(u.last) FROM figure_set_members f JOIN uses u ON u.figure_set = f.set_id"
                + " WHERE f.org_code = ? AND f.strike_id = ?"
                + " GROUP BY f.day, f.metric, f.value, u.user_id, u.user_name, u.guild_id, u.channel_id"
                + " ORDER BY min(u.first)";
        Map<ShownFigure, List<Correction.Use>> uses = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, scope.orgCode());
            query.setString(2, scope.strikeId());
            query.setString(3, scope.orgCode());
            query.setString(4, scope.strikeId());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Figure.Key key = Pulls.key(scope.strikeId(), scope.orgCode(), rows.getString(1), rows.getString(2));
                    Who who = new Who(rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7));
                    uses.computeIfAbsent(new ShownFigure(key, rows.getLong(3)), k -> new ArrayList<>())
                            .add(new Correction.Use(who, rows.getInt(8), Instant.parse(rows.getString(9))));
                }
            }
        }
        return uses;
    }

    /**
     * Adds the replies noted but not yet written (see {@link Pulls}) to the uses found in the tables: a person's
     * count goes up and their latest time moves on; someone new is added last, as the latest to have been shown it.
     */
    private void addUnwritten(Map<ShownFigure, List<Correction.Use>> uses, Figure.Scope scope) {
        for (Pulls.Pending note : pulls.unwritten()) {
            for (Figure figure : note.figures()) {
                if (!figure.scope().equals(scope)) {
                    continue;
                }
                List<Correction.Use> users =
                        uses.computeIfAbsent(new ShownFigure(figure.key(), figure.value()), k -> new ArrayList<>());
                int index = indexOf(users, note.who());
                if (index < 0) {
                    users.add(new Correction.Use(note.who(), 1, note.at()));
                } else {
                    Correction.Use use = users.get(index);
                    Instant last = use.last().isAfter(note.at()) ? use.last() : note.at();
                    users.set(index, new Correction.Use(use.who(), use.pulls() + 1, last));
                }
            }
        }
    }

    private static int indexOf(List<Correction.Use> users, Who who) {
        for (int i = 0; i < users.size(); i++) {
            if (users.get(i).who().equals(who)) {
                return i;
            }
        }
        return -1;
    }

    private static void write(Connection connection, Correction correction) throws SQLException {
        String sql = "INSERT INTO corrections (import_id, made_at, strike_id, org_code, day, metric, old_value,"
                + " new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        long id;
        try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            Figure.Key key = correction.figure();
            insert.setLong(1, correction.importId());
            insert.setString(2, correction.at().toString());
            insert.setString(3, key.strikeId());
            insert.setString(4, key.orgCode());
            insert.setString(5, key.day() == null ? "" : key.day().toString());
            insert.setString(6, key.metric().id());
            insert.setLong(7, correction.oldValue());
            insert.setLong(8, correction.newValue());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        String usersSql = "INSERT INTO correction_users (correction_id, user_id, user_name, guild_id, channel_id,"
                + " pulls, last_pulled_at) VALUES (?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(usersSql)) {
            for (Correction.Use use : correction.users()) {
                insert.setLong(1, id);
                insert.setString(2, use.who().userId());
                insert.setString(3, use.who().userName());
                insert.setString(4, use.who().guildId());
                insert.setString(5, use.who().channelId());
                insert.setInt(6, use.pulls());
                insert.setString(7, use.last().toString());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The latest corrections, newest first. */
    public List<Correction> latest(int limit) {
        return database.read(connection -> {
            String sql = "SELECT c.id, c.import_id, c.made_at, c.strike_id, c.org_code, c.day, c.metric, c.old_value,"
                    + " c.new_value, u.user_id, u.user_name, u.guild_id, u.channel_id, u.pulls, u.last_pulled_at"
                    + " FROM corrections c JOIN correction_users u ON u.correction_id = c.id WHERE c.id IN"
                    + " (SELECT id FROM corrections ORDER BY id DESC LIMIT ?) ORDER BY c.id DESC, u.last_pulled_at";
            Map<Long, Correction> corrections = new LinkedHashMap<>();
            Map<Long, List<Correction.Use>> users = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setInt(1, limit);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        long id = rows.getLong(1);
                        if (!corrections.containsKey(id)) {
                            Figure.Key key = Pulls.key(
                                    rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7));
                            corrections.put(
                                    id,
                                    new Correction(
                                            rows.getLong(2),
                                            Instant.parse(rows.getString(3)),
                                            key,
                                            rows.getLong(8),
                                            rows.getLong(9),
                                            List.of()));
                            users.put(id, new ArrayList<>());
                        }
                        Who who =
                                new Who(rows.getString(10), rows.getString(11), rows.getString(12), rows.getString(13));
                        users.get(id).add(new Correction.Use(who, rows.getInt(14), Instant.parse(rows.getString(15))));
                    }
                }
            }
            List<Correction> listed = new ArrayList<>();
            corrections.forEach((id, c) -> listed.add(
                    new Correction(c.importId(), c.at(), c.figure(), c.oldValue(), c.newValue(), users.get(id))));
            return listed;
        });
    }

    /** Deletes the corrections made before {@code cutoff}, with the people they name; returns how many. */
    int forget(Connection connection, Instant cutoff) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM corrections WHERE made_at < ?")) {
            delete.setString(1, cutoff.toString());
            return delete.executeUpdate();
        }
    }
}
