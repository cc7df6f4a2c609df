package org.strikedesk.discord;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;
import org.strikedesk.Application;
import org.strikedesk.bench.SyntheticEngland;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.Invoker;
import org.strikedesk.config.StrikeDeskConfig;
import org.strikedesk.replies.Reply;

/**
 * {@code /cancellations trust:ENHT} handled and rendered as the Discord message it would send, against the floor of
 * the bare SQL query that fetches the same rows (the trust's and England's figures for the strike): as answered again
 * from the answer kept since it was first asked, and as made afresh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CancellationsBenchmark {
    @Param({""})
    public String store;

    @Param({""})
    public String data;

    private Application app;
    private Connection connection;
    private PreparedStatement query;
    private CommandRequest request;
    /** Where the bot keeps the message made from a kept answer, as it does for every interaction it answers. */
    private final ReadyMessages messages = new ReadyMessages();

    @Setup(Level.Trial)
    public void open() throws Exception {
        app = Application.open(StrikeDeskConfig.DEFAULT, Path.of(store), Path.of(data), Clock.systemUTC());
        request = CommandRequest.of("cancellations", Map.of("trust", "ENHT"), Invoker.CONSOLE);
        connection = DriverManager.getConnection("jdbc:sqlite:" + store);
        query = connection.prepareStatement("SELECT strike_id, org_code, day, metric, value, source, published"
                + " FROM figures WHERE strike_id = ? AND org_code IN (?, 'ENG')");
        query.setString(1, SyntheticEngland.strikeId(SyntheticEngland.STRIKES));
        query.setString(2, "RWH");
        Reply reply = app.commands().handle(request);
        if (!reply.title()
                .contains(SyntheticEngland.firstDay(SyntheticEngland.STRIKES).getYear() + "")) {
            throw new IllegalStateException("the benchmark store does not answer as expected: " + reply.title());
        }
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        query.close();
        connection.close();
        app.close();
    }

    /**
     * Handling, recording and rendering: the work between Discord's event and the bytes of the reply, as the bot does
     * it for a request asked before since the last import (the answer kept ready-made, its use recorded, the message
     * made from it kept too), up to the JSON that JDA makes of the message.
     */
    @Benchmark
    public String reply() {
        Reply reply = app.commands().handle(request);
        return messages.of(reply, DiscordInline.PLAIN, () -> ReplyMessages.create(reply))
                .toData()
                .toString();
    }

    /**
     * The same answer made afresh, as for the first request after an import: the command runs (its figures from the
     * figures kept in memory, as for any trust asked about since the import), nothing is kept or recorded.
     */
    @Benchmark
    public String replyMadeAfresh() {
        Reply reply = app.commands().unrecorded(request);
        return ReplyMessages.create(reply).toData().toString();
    }

    /** The floor: the query that fetches the rows the reply is made of, and reading them. */
    @Benchmark
    public void bareQuery(Blackhole blackhole) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                blackhole.consume(rows.getString(1));
                blackhole.consume(rows.getString(2));
                blackhole.consume(rows.getString(3));
                blackhole.consume(rows.getString(4));
                blackhole.consume(rows.getLong(5));
                blackhole.consume(rows.getString(6));
                blackhole.consume(rows.getString(7));
            }
        }
    }
}
