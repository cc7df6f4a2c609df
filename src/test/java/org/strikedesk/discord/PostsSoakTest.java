package org.strikedesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.strikedesk.Application;
import org.strikedesk.ReliabilityRecord;
import org.strikedesk.discord.sim.DiscordSimulator;
import org.strikedesk.discord.sim.DiscordSimulatorExtension;
import org.strikedesk.discord.sim.SimDefaults;
import org.strikedesk.figures.Strike;
import org.strikedesk.ingest.ImportReport;
import org.strikedesk.posts.Post;
import org.strikedesk.posts.PostKind;
import org.strikedesk.posts.PostStatus;
import org.strikedesk.store.Database;
import org.strikedesk.support.MutableClock;
import org.strikedesk.support.TestApplications;
import org.strikedesk.support.TidyCsv;
import org.strikedesk.trusts.Organisation;
import org.strikedesk.trusts.Region;

/**
 * A soak of posting: 200 releases to 5 channels (1,000 posts) delivered by the real bot in a separate JVM
 * ({@link PostsInChildProcess}), while the simulator answers a tenth of the channel requests with a 429, a 500, a 503
 * or no answer at all (before or after carrying them out), and the bot is killed with SIGKILL ten times mid-delivery
 * and started again on the same store. The simulator forgets a nonce after three seconds (longer than JDA's own
 * retries of one request take, often shorter than a restart), and the bot, whose clock runs fast, trusts a nonce
 * for a third of a second only: a post whose fate a fault or a kill left unknown is looked for by the reference in
 * its footer before it is sent again. At the end every
 * (release, subscription) pair has exactly one message in its channel. The figures imported are synthetic.
 */
@Tag("slow")
class PostsSoakTest {
    private static final int RELEASES = 200;
    private static final int KILLS = 10;
    private static final long SEED = 20261128L;
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final List<String> CHANNELS = IntStream.range(0, 5)
            .mapToObj(i -> Long.toString(1300000000000002000L + i))
            .toList();
    private static final Pattern REFERENCE = Pattern.compile("^Ref (sd[0-9a-f]+-\\d+)( |$)");

    @RegisterExtension
    static final DiscordSimulatorExtension discord = new DiscordSimulatorExtension(b -> b.nonceWindow(
                    Duration.ofSeconds(3))
            // Discord allows five messages per five seconds in a channel; 200 posts to each of five channels at that
            // pace would take minutes, so a channel allows 20 a second here. The global 50 a second is Discord's.
            .routeRateLimit("POST /channels/{channel}/messages", 20, Duration.ofSeconds(1))
            .guild(g -> {
                g.newsroomDefaults();
                CHANNELS.forEach(id -> g.textChannel(id, "soak-" + id.substring(id.length() - 1)));
            }));

    @TempDir
    Path folder;

    @DisplayName("1,000 posts through 10% faults and 10 SIGKILLs: each release once in each channel, none missing")
    @Test
    void soak() throws Exception {
        DiscordSimulator sim = discord.simulator();
        Path store = folder.resolve("strikedesk.db");
        owePosts(store);
        sim.faults().chaos("*", "^/channels/\\d+/messages", 0.10, SEED);
        Random random = new Random(SEED);
        long started = System.nanoTime();
        long epoch = System.currentTimeMillis();

        List<Child> children = new ArrayList<>();
        try {
            for (int kill = 0; kill < KILLS; kill++) {
                Child child = Child.start(store, sim, epoch, children);
                int target = delivered(sim) + 40 + random.nextInt(50);
                Awaitility.await("the bot to post up to " + target + " messages before kill " + (kill + 1))
                        .atMost(WAIT)
                        .pollInterval(Duration.ofMillis(50))
                        .until(() -> delivered(sim) >= target);
                child.kill();
            }
            Child.start(store, sim, epoch, children);
            Awaitility.await("every post delivered after the last restart")
                    .atMost(WAIT)
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> waiting(store) == 0);
        } finally {
            for (Child child : children) {
                child.kill();
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        Map<String, Integer> seen = references(sim);
        List<Post> posts = outbox(store);
        int duplicates =
                seen.values().stream().mapToInt(n -> Math.max(0, n - 1)).sum();
        long missing =
                posts.stream().filter(p -> !seen.containsKey(nonceOf(p, seen))).count();
        assertThat(posts).hasSize(RELEASES * CHANNELS.size());
        assertThat(posts).allSatisfy(p -> assertThat(p.progress().status()).isEqualTo(PostStatus.DELIVERED));
        assertThat(missing).as("posts without a message").isZero();
        assertThat(duplicates)
                .as("messages beyond one per post: %s", explainDuplicates(sim, seen))
                .isZero();
        assertThat(seen).hasSize(posts.size());
        Map<String, Integer> faults = sim.faults().injected();
        assertThat(faults.values().stream().mapToInt(Integer::intValue).sum()).isPositive();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("releases", RELEASES);
        figures.put("subscriptions", CHANNELS.size());
        figures.put("posts", posts.size());
        figures.put("faultPercent", 10);
        figures.put(
                "faultsInjected",
                faults.values().stream().mapToInt(Integer::intValue).sum());
        figures.put("faultsByKind", new LinkedHashMap<>(faults));
        figures.put("kills", KILLS);
        figures.put("duplicates", duplicates);
        figures.put("missing", missing);
        figures.put("seconds", took.toSeconds());
        ReliabilityRecord.write("posts-soak", figures);
    }

    /** Five subscriptions to London's trusts and 200 imports, each a new figure for one London trust: 1,000 posts. */
    private static void owePosts(Path store) throws IOException {
        try (Application app = Application.open(
                TestApplications.settings("{}").withPosts(PostsInChildProcess.POSTS),
                store,
                TestApplications.SHIPPED_DATA,
                new MutableClock(TestApplications.NOW))) {
            CHANNELS.forEach(channel -> app.posts()
                    .subscriptions()
                    .add(SimDefaults.GUILD_ID, channel, Region.LONDON.code(), "editor", SimDefaults.DESK_CHANNEL_ID));
            List<String[]> releases = new ArrayList<>();
            for (Strike strike : app.reference().calendar().all()) {
                for (Organisation trust : app.reference().directory().trusts()) {
                    if (trust.region() == Region.LONDON && openDuring(trust, strike)) {
                        releases.add(new String[] {strike.id(), trust.code()});
                    }
                }
            }
            for (int release = 0; release < RELEASES; release++) {
                String strike = releases.get(release)[0];
                String trust = releases.get(release)[1];
                ImportReport report = TidyCsv.citing("https://example.org/synthetic/soak")
                        .row(strike + "," + trust + ",,community_rescheduled," + (release + 1))
                        .importInto(app, store.resolveSibling("release-" + release + ".csv"));
                assertThat(report.changes())
                        .as("release %d (%s in %s) adds one new figure: %s", release, trust, strike, report)
                        .hasSize(1);
            }
        }
    }

    private static boolean openDuring(Organisation trust, Strike strike) {
        return (trust.opened() == null || !trust.opened().isAfter(strike.firstDay()))
                && (trust.closed() == null || !trust.closed().isBefore(strike.lastDay()));
    }

    private static List<Post> outbox(Path store) {
        try (Application app = Application.open(
                TestApplications.settings("{}"),
                store,
                TestApplications.SHIPPED_DATA,
                new MutableClock(TestApplications.NOW))) {
            List<Post> posts = new ArrayList<>();
            for (String channel : CHANNELS) {
                app.posts().outbox().inChannel(channel).stream()
                        .filter(p -> p.owed().kind() == PostKind.RELEASE)
                        .forEach(posts::add);
            }
            return posts;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Posts still to be delivered, straight from the store (the bot writes it meanwhile; SQLite's WAL allows it). */
    private static int waiting(Path store) {
        try (Database database = Database.open(store)) {
            return database.read(connection -> {
                try (Statement statement = connection.createStatement();
                        ResultSet rows = statement.executeQuery(
                                "SELECT count(*) FROM posts WHERE status IN ('pending', 'sending')")) {
                    rows.next();
                    return rows.getInt(1);
                }
            });
        }
    }

    /** The nonce of a post, as its reference shows it: this store's id (read from any reference) and its number. */
    private static String nonceOf(Post post, Map<String, Integer> seen) {
        String storeId = seen.keySet().stream().findFirst().orElse("sd-").replaceFirst("-\\d+$", "");
        return storeId + "-" + post.id();
    }

    private static int delivered(DiscordSimulator sim) {
        return CHANNELS.stream().mapToInt(sim::messageCount).sum();
    }

    /** Each duplicated post's requests, as the simulator saw them: what went wrong, for the failure message. */
    private static String explainDuplicates(DiscordSimulator sim, Map<String, Integer> seen) {
        StringBuilder explanation = new StringBuilder();
        seen.forEach((nonce, count) -> {
            if (count > 1) {
                explanation.append("\n").append(nonce).append(": ");
                sim.requests().stream()
                        .filter(r -> r.path().startsWith("/channels/")
                                && r.body() != null
                                && nonce.equals(r.body().path("nonce").asText()))
                        .forEach(r -> explanation
                                .append(r.status())
                                .append(" at ")
                                .append(r.timestamp())
                                .append("; "));
            }
        });
        return explanation.toString();
    }

    /** How many messages carry each post's reference, across the five channels. */
    private static Map<String, Integer> references(DiscordSimulator sim) {
        Map<String, Integer> seen = new HashMap<>();
        for (String channel : CHANNELS) {
            for (JsonNode message : sim.channelMessages(channel)) {
                Matcher m = REFERENCE.matcher(message.path("embeds")
                        .path(0)
                        .path("footer")
                        .path("text")
                        .asText());
                if (m.find()) {
                    seen.merge(m.group(1), 1, Integer::sum);
                }
            }
        }
        return seen;
    }

    /** One run of the bot in its own JVM. */
    private static final class Child {
        private final Process process;

        private Child(Process process) {
            this.process = process;
        }

        /** Starts the bot, adds it to {@code started} (so the test can kill it whatever happens), waits till it posts. */
        static Child start(Path store, DiscordSimulator sim, long epoch, List<Child> started)
                throws IOException, InterruptedException {
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(
                            java,
                            "-XX:+UseSerialGC",
                            "-Dstrikedesk.log.level=ERROR",
                            "-cp",
                            System.getProperty("java.class.path"),
                            PostsInChildProcess.class.getName(),
                            store.toString(),
                            sim.restBaseUrl(),
                            sim.gatewayUrl(),
                            sim.token(),
                            Long.toString(epoch))
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            Child child = new Child(process);
            started.add(child);
            CountDownLatch posting = new CountDownLatch(1);
            Thread reader = new Thread(() -> read(process, posting), "soak-child-output");
            reader.setDaemon(true);
            reader.start();
            assertThat(posting.await(WAIT.toSeconds(), TimeUnit.SECONDS))
                    .as("the bot started (alive: %s)", process.isAlive())
                    .isTrue();
            return child;
        }

        private static void read(Process process, CountDownLatch posting) {
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.equals(PostsInChildProcess.POSTING)) {
                        posting.countDown();
                    }
                }
            } catch (IOException e) {
                // Killed mid-line.
            }
        }

        /** SIGKILL on Linux: no shutdown hooks, no finally blocks. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            assertThat(process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        }
    }
}
