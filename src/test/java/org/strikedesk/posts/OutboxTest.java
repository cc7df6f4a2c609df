package org.strikedesk.posts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.strikedesk.config.ShardsConfig;
import org.strikedesk.store.Database;

/** The outbox as a store: what goes in comes back as the same kind and status. Posts here are synthetic. */
class OutboxTest {
    static final String CHANNEL = "100000000000000001";
    static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");

    @TempDir
    Path folder;

    private Database database;
    private Outbox outbox;

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("store.db"));
        outbox = new Outbox(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private long add(PostKind kind, Long editOf) {
        Post.Owed owed = new Post.Owed(null, CHANNEL, null, kind, null, PostPayload.note("synthetic"), editOf);
        return database.transaction(connection -> Outbox.add(connection, owed, NOW));
    }

    private PostStatus status(long id) {
        return outbox.byId(id).orElseThrow().progress().status();
    }

    @DisplayName("Every kind of post is accepted by the table and read back as itself")
    @ParameterizedTest
    @EnumSource(PostKind.class)
    void kinds(PostKind kind) {
        Long editOf = kind == PostKind.EDIT ? add(PostKind.RELEASE, null) : null;

        long id = add(kind, editOf);

        Post post = outbox.byId(id).orElseThrow();
        assertThat(post.owed().kind()).isEqualTo(kind);
        assertThat(post.owed().editOf()).isEqualTo(editOf);
        assertThat(post.progress()).isEqualTo(new Post.Progress(PostStatus.PENDING, 0, null, null));
    }

    @DisplayName("Each step of delivery is stored as its status, and the counts add up by status")
    @Test
    void statuses() {
        long delivered = add(PostKind.RELEASE, null);
        long failed = add(PostKind.RELEASE, null);
        long merged = add(PostKind.RELEASE, null);
        long retried = add(PostKind.RELEASE, null);
        long summary = add(PostKind.SUMMARY, null);

        claim(delivered, NOW, NOW.plusSeconds(30));
        assertThat(status(delivered)).isEqualTo(PostStatus.SENDING);
        outbox.delivered(delivered, "900000000000000001", NOW);
        claim(failed, NOW, NOW.plusSeconds(30));
        outbox.failed(failed, "Missing Access (Discord error 50001)");
        claim(retried, NOW.minusSeconds(60), NOW.plusSeconds(30));
        claim(retried, NOW, NOW.plusSeconds(90));
        outbox.retry(retried, "Internal Server Error (HTTP 500)");
        database.transaction(connection -> {
            Outbox.merged(connection, List.of(outbox.byId(merged).orElseThrow()), summary);
            return null;
        });

        assertThat(outbox.byId(delivered).orElseThrow().progress())
                .isEqualTo(new Post.Progress(PostStatus.DELIVERED, 1, "900000000000000001", NOW));
        assertThat(status(failed)).isEqualTo(PostStatus.FAILED);
        assertThat(status(merged)).isEqualTo(PostStatus.MERGED);
        assertThat(outbox.byId(retried).orElseThrow().progress())
                .isEqualTo(new Post.Progress(PostStatus.PENDING, 2, null, NOW.minusSeconds(60)));
        assertThat(outbox.counts())
                .isEqualTo(Map.of(
                        PostStatus.DELIVERED, 1,
                        PostStatus.FAILED, 1,
                        PostStatus.MERGED, 1,
                        PostStatus.PENDING, 2));
    }

    private void claim(long id, Instant now, Instant dueAgain) {
        assertThat(outbox.claim(outbox.byId(id).orElseThrow(), now, dueAgain)).isTrue();
    }

    private long addIn(String guildId, String channelId) {
        Post.Owed owed =
                new Post.Owed(guildId, channelId, null, PostKind.RELEASE, null, PostPayload.note("synthetic"), null);
        return database.transaction(connection -> Outbox.add(connection, owed, NOW));
    }

    /**
     * Servers n × 2^22 belong to shard n % 4 by Discord's formula (guild_id >> 22) % 4: 4194304 is on shard 1,
     * 12582912 on shard 3.
     */
    @DisplayName("With a range of shards, only the posts for servers of those shards are due; a post whose server is"
            + " unknown is due once placed in one of them")
    @Test
    void dueForShards() {
        long onOne = addIn("4194304", "100000000000000011");
        long onThree = addIn("12582912", "100000000000000013");
        long unplaced = addIn(null, "100000000000000021");
        ShardsConfig low = new ShardsConfig(4, 0, 1);
        ShardsConfig high = new ShardsConfig(4, 2, 3);

        assertThat(outbox.due(NOW, 10, low)).extracting(Post::id).containsExactly(onOne);
        assertThat(outbox.due(NOW, 10, high)).extracting(Post::id).containsExactly(onThree);
        assertThat(outbox.due(NOW, 10, ShardsConfig.all(4)))
                .extracting(Post::id)
                .containsExactly(onOne, onThree, unplaced);
        assertThat(outbox.unplaced()).containsExactly("100000000000000021");

        assertThat(outbox.place("100000000000000021", "8388608")).isEqualTo(1); // shard 2

        assertThat(outbox.due(NOW, 10, high)).extracting(Post::id).containsExactly(onThree, unplaced);
        assertThat(outbox.unplaced()).isEmpty();
    }

    @DisplayName("Only waiting posts whose time has come are due; one being sent is due again after its backoff")
    @Test
    void due() {
        long pending = add(PostKind.RELEASE, null);
        long sending = add(PostKind.RELEASE, null);
        long delivered = add(PostKind.RELEASE, null);
        claim(sending, NOW, NOW.plusSeconds(30));
        claim(delivered, NOW, NOW.plusSeconds(30));
        outbox.delivered(delivered, "900000000000000002", NOW);

        assertThat(outbox.due(NOW, 10, ShardsConfig.RECOMMENDED))
                .extracting(Post::id)
                .containsExactly(pending);
        assertThat(outbox.due(NOW.plusSeconds(30), 10, ShardsConfig.RECOMMENDED))
                .extracting(Post::id)
                .containsExactly(pending, sending);
        assertThat(outbox.due(NOW.plusSeconds(30), 1, ShardsConfig.RECOMMENDED))
                .extracting(Post::id)
                .containsExactly(pending);
    }
}
