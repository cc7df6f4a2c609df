package org.strikedesk.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strikedesk.commands.FigureUse;
import org.strikedesk.commands.Invoker;
import org.strikedesk.figures.Figure;
import org.strikedesk.figures.Metric;
import org.strikedesk.replies.Reply;
import org.strikedesk.store.Database;

/**
 * The record of who was shown which figures: the {@code pulls} and {@code pull_figures} tables. It is the only class
 * that writes them. A reply is recorded once it is built, before it is sent; a record that cannot be written (the
 * store failing, or another StrikeDesk process writing to it at that moment) is logged and the reply still goes
 * out, without waiting.
 */
public final class Pulls implements FigureUse {
    private static final Logger log = LoggerFactory.getLogger(Pulls.class);

    private final Database database;
    private final Clock clock;

    public Pulls(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public void record(Invoker invoker, String asked, Reply reply) {
        try {
            boolean written = database.transactionIfFree(connection -> {
                write(connection, Who.of(invoker), asked, reply.shown(), clock.instant());
                return null;
            });
            if (!written) {
                log.warn(
                        "Not recorded that {} ({}) was shown {} figures for {}: another StrikeDesk is writing to the"
                                + " store, and the answer does not wait for it",
                        invoker.displayName(),
                        invoker.userId(),
                        reply.shown().size(),
                        asked);
            }
        } catch (RuntimeException e) {
            log.error(
                    "Could not record that {} ({}) was shown {} figures for {}",
                    invoker.displayName(),
                    invoker.userId(),
                    reply.shown().size(),
                    asked,
                    e);
        }
    }

    private static void write(Connection connection, Who who, String asked, List<Figure> figures, Instant at)
            throws SQLException {
        String sql = "INSERT INTO pulls (pulled_at, user_id, user_name, guild_id, channel_id, asked)"
                + " VALUES (?, ?, ?, ?, ?, ?)";
        long id;
        try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, at.toString());
            insert.setString(2, who.userId());
            insert.setString(3, who.userName());
            insert.setString(4, who.guildId());
            insert.setString(5, who.channelId());
            insert.setString(6, asked);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        String figureSql = "INSERT OR IGNORE INTO pull_figures (pull_id, strike_id, org_code, day, metric, value)"
                + " VALUES (?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(figureSql)) {
            for (Figure figure : figures) {
                insert.setLong(1, id);
                insert.setString(2, figure.strikeId());
                insert.setString(3, figure.orgCode());
                insert.setString(4, figure.day() == null ? "" : figure.day().toString());
                insert.setString(5, figure.metric().id());
                insert.setLong(6, figure.value());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The latest pulls that showed figures of an organisation, newest first, with only that organisation's figures. */
    public List<Pull> of(String orgCode, int limit) {
        return database.read(connection -> {
            String sql = "SELECT p.id, p.pulled_at, p.user_id, p.user_name, p.guild_id, p.channel_id, p.asked,"
                    + " f.strike_id, f.day, f.metric, f.value FROM pulls p JOIN pull_figures f ON f.pull_id = p.id"
                    + " WHERE p.id IN (SELECT DISTINCT pull_id FROM pull_figures WHERE org_code = ? ORDER BY pull_id"
                    + " DESC LIMIT ?) AND f.org_code = ? ORDER BY p.id DESC, f.strike_id, f.metric, f.day";
            Map<Long, Pull> pulls = new LinkedHashMap<>();
            Map<Long, List<ShownFigure>> figures = new LinkedHashMap<>();
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setString(1, orgCode);
                query.setInt(2, limit);
                query.setString(3, orgCode);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        long id = rows.getLong(1);
                        if (!pulls.containsKey(id)) {
                            Who who =
                                    new Who(rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6));
                            pulls.put(
                                    id, new Pull(Instant.parse(rows.getString(2)), who, rows.getString(7), List.of()));
                            figures.put(id, new ArrayList<>());
                        }
                        figures.get(id)
                                .add(new ShownFigure(
                                        key(rows.getString(8), orgCode, rows.getString(9), rows.getString(10)),
                                        rows.getLong(11)));
                    }
                }
            }
            List<Pull> listed = new ArrayList<>();
            pulls.forEach((id, pull) -> listed.add(new Pull(pull.at(), pull.who(), pull.asked(), figures.get(id))));
            return listed;
        });
    }

    /** A figure's key as the record stores it: the day '' for a whole-strike figure, the metric by its id. */
    static Figure.Key key(String strikeId, String orgCode, String day, String metric) {
        return new Figure.Key(
                strikeId,
                orgCode,
                day.isEmpty() ? null : LocalDate.parse(day),
                Metric.byId(metric).orElseThrow());
    }

    /** Deletes the pulls made before {@code cutoff}, with their figures; returns how many. */
    int forget(Connection connection, Instant cutoff) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM pulls WHERE pulled_at < ?")) {
            delete.setString(1, cutoff.toString());
            return delete.executeUpdate();
        }
    }
}
