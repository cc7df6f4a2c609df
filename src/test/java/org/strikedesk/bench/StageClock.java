package org.strikedesk.bench;

import com.neovisionaries.ws.client.WebSocketFactory;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import javax.net.SocketFactory;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.interaction.GenericInteractionCreateEvent;
import net.dv8tion.jda.api.hooks.InterfacedEventManager;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.internal.utils.IOUtil;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.Request;
import okhttp3.Response;

/**
 * When each stage of answering one interaction happened, by {@link System#nanoTime()}, in one JVM with the simulator:
 * the bot reading the frame off its socket, JDA handing the event to the listeners and getting it back, the answer
 * handed to the HTTP client with its body serialised, the request written, the response read. It hooks into JDA only
 * through its builder (the socket factory of the gateway's WebSocket, the event manager, OkHttp's event listener), so
 * the bot and its constant-reply floor are timed the same way. Interactions are timed one at a time: {@link #begin}
 * before sending one, {@link #end} once it is answered; the first mark of each stage after {@code begin} counts.
 */
final class StageClock {
    /** The stages in the order they happen; the simulator supplies the first and the callback's arrival. */
    enum Stage {
        SENT(0, "frame sent"),
        FRAME_READ(1, "frame read"),
        DISPATCHED(2, "event dispatched"),
        HANDLER_DONE(3, "handler done"),
        SERIALISED(4, "body serialised"),
        WRITTEN(5, "request written"),
        ARRIVED(6, "callback arrived"),
        RESPONSE_READ(7, "response read");

        /** Where the stage's mark is kept in an interaction's marks. */
        final int slot;

        final String label;

        Stage(int slot, String label) {
            this.slot = slot;
            this.label = label;
        }
    }

    private final AtomicLongArray marks = new AtomicLongArray(Stage.values().length);
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition responded = lock.newCondition();
    private volatile boolean armed;

    /** Clears the marks and starts taking them for the next interaction. */
    void begin() {
        for (int i = 0; i < marks.length(); i++) {
            marks.set(i, 0);
        }
        armed = true;
    }

    void mark(Stage stage) {
        mark(stage, System.nanoTime());
    }

    void mark(Stage stage, long nanos) {
        if (armed && marks.compareAndSet(stage.slot, 0, nanos) && stage == Stage.RESPONSE_READ) {
            lock.lock();
            try {
                responded.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    /**
     * Waits until the bot has read the response to its answer, stops taking marks and returns them, one per stage in
     * order (0 for a stage that did not happen).
     */
    long[] end(Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        lock.lock();
        try {
            while (marks.get(Stage.RESPONSE_READ.slot) == 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("the bot did not read the response to its answer within " + wait);
                }
                responded.awaitNanos(left);
            }
        } finally {
            lock.unlock();
        }
        armed = false;
        long[] copy = new long[marks.length()];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = marks.get(i);
        }
        return copy;
    }

    /** The hooks, for a JDA builder: the bot's and the floor's are given the same. */
    Consumer<DefaultShardManagerBuilder> probes() {
        return builder -> builder.setWebsocketFactory(new WebSocketFactory().setSocketFactory(new TimedSockets()))
                .setEventManagerProvider(shard -> new TimedEvents())
                .setHttpClientBuilder(IOUtil.newHttpClientBuilder().eventListener(new TimedCalls()));
    }

    /** JDA's own event manager, noting when an interaction goes to the listeners and when they return. */
    private final class TimedEvents extends InterfacedEventManager {
        @Override
        public void handle(GenericEvent event) {
            boolean interaction = event instanceof GenericInteractionCreateEvent;
            if (interaction) {
                mark(Stage.DISPATCHED);
            }
            super.handle(event);
            if (interaction) {
                mark(Stage.HANDLER_DONE);
            }
        }
    }

    /** OkHttp's view of a call: handed over (its body already serialised by JDA), written, answered. */
    private final class TimedCalls extends EventListener {
        @Override
        public void callStart(Call call) {
            mark(Stage.SERIALISED);
        }

        @Override
        public void requestHeadersEnd(Call call, Request request) {
            if (request.body() == null) {
                mark(Stage.WRITTEN);
            }
        }

        @Override
        public void requestBodyEnd(Call call, long byteCount) {
            mark(Stage.WRITTEN);
        }

        @Override
        public void responseHeadersEnd(Call call, Response response) {
            mark(Stage.RESPONSE_READ);
        }
    }

    /** Plain sockets for the gateway's WebSocket whose reads note when bytes arrived. */
    private final class TimedSockets extends SocketFactory {
        @Override
        public Socket createSocket() {
            return new Socket() {
                @Override
                public InputStream getInputStream() throws IOException {
                    return new FilterInputStream(super.getInputStream()) {
                        @Override
                        public int read(byte[] buffer, int offset, int length) throws IOException {
                            int read = super.read(buffer, offset, length);
                            if (read > 0) {
                                StageClock.this.mark(Stage.FRAME_READ);
                            }
                            return read;
                        }
                    };
                }
            };
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            Socket socket = createSocket();
            socket.connect(new java.net.InetSocketAddress(host, port));
            return socket;
        }

        @Override
        public Socket createSocket(String host, int port, java.net.InetAddress local, int localPort)
                throws IOException {
            Socket socket = createSocket();
            socket.bind(new java.net.InetSocketAddress(local, localPort));
            socket.connect(new java.net.InetSocketAddress(host, port));
            return socket;
        }

        @Override
        public Socket createSocket(java.net.InetAddress host, int port) throws IOException {
            Socket socket = createSocket();
            socket.connect(new java.net.InetSocketAddress(host, port));
            return socket;
        }

        @Override
        public Socket createSocket(java.net.InetAddress host, int port, java.net.InetAddress local, int localPort)
                throws IOException {
            Socket socket = createSocket();
            socket.bind(new java.net.InetSocketAddress(local, localPort));
            socket.connect(new java.net.InetSocketAddress(host, port));
            return socket;
        }
    }
}
