package org.strikedesk.posts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.strikedesk.figures.FigureQueries;
import org.strikedesk.figures.ReleaseCalendar;
import org.strikedesk.figures.Strike;
import org.strikedesk.replies.HouseStyle;
import org.strikedesk.replies.ReleaseNotes;
import org.strikedesk.replies.Reply;
import org.strikedesk.store.Database;

/**
 * Tells every subscribed channel, once, when a strike's figures become overdue. Each strike is marked in the same
 * transaction that owes its notices, so a restart never owes them twice. Only strikes that became overdue within the
 * last {@value #WINDOW_DAYS} days are noticed: a store opened long after (or a calendar of old strikes) does not
 * flood the channels with news that is no news.
 */
final class OverdueNotices {
    static final int WINDOW_DAYS = 14;

    private final Database database;
    private final FigureQueries queries;
    private final ReleaseCalendar releases;
    private final Clock clock;

    OverdueNotices(Database database, FigureQueries queries, ReleaseCalendar releases, Clock clock) {
        this.database = database;
        this.queries = queries;
        this.releases = releases;
        this.clock = clock;
    }

    /** Owes the notices for strikes that became overdue since they were last looked at; returns how many strikes. */
    int oweDue() {
        LocalDate today = releases.today();
        Map<String, Set<String>> coverage = queries.coverage();
        int noticed = 0;
        for (Strike strike : queries.calendar().all()) {
            ReleaseCalendar.Due due = releases.due(strike);
            boolean recent = !due.expectedBy().isBefore(today.minusDays(WINDOW_DAYS));
            if (due.overdue()
                    && recent
                    && coverage.getOrDefault(strike.id(), Set.of()).isEmpty()) {
                noticed += database.transaction(connection -> owe(connection, due)) ? 1 : 0;
            }
        }
        return noticed;
    }

    private boolean owe(Connection connection, ReleaseCalendar.Due due) throws SQLException {
        String sql = "INSERT OR IGNORE INTO overdue_notices (strike_id, noticed_at) VALUES (?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, due.strike().id());
            insert.setString(2, clock.instant().toString());
            if (insert.executeUpdate() == 0) {
                return false;
            }
        }
        Map<String, String> guildsByChannel = new LinkedHashMap<>();
        SubscriptionStore.all(connection)
                .forEach(subscription -> guildsByChannel.putIfAbsent(subscription.channelId(), subscription.guildId()));
        PostPayload notice = PostPayload.notice(notice(due));
        for (Map.Entry<String, String> channel : guildsByChannel.entrySet()) {
            Post.Owed owed = Post.Owed.notice(channel.getValue(), channel.getKey(), PostKind.OVERDUE, null, notice);
            Outbox.add(connection, owed, clock.instant());
        }
        return true;
    }

    private Reply notice(ReleaseCalendar.Due due) {
        Strike strike = due.strike();
        String what = strike.name() + " of " + HouseStyle.days(strike.days());
        return Reply.builder(Reply.Tone.WARNING)
                .title("Figures overdue: " + what)
                .text("NHS England's figures for the " + what + " were expected by " + ReleaseNotes.day(due) + " ("
                        + HouseStyle.count(releases.expectedWithin()) + " working days after the strike ended), and"
                        + " StrikeDesk has not received them. They will be posted here when they come.")
                .build();
    }
}
