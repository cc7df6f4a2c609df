package org.strikedesk.discord;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The replies under way, for every listener that answers people (commands, buttons, menus, questions): counted from
 * when the bot takes the request until Discord has the answer or refused it, or the work failed or could not start;
 * the workers the answers are made on; and whether the bot is stopping, when it takes no new work and waits for
 * these to finish.
 */
final class RepliesUnderWay {
    /** The answer to a command, button or menu that arrives while the bot is stopping. */
    static final String RESTARTING = "StrikeDesk is restarting; ask again in a minute.";

    private static final Logger log = LoggerFactory.getLogger(RepliesUnderWay.class);

    private final ExecutorService workers;
    private int count;
    private volatile boolean stopping;

    RepliesUnderWay(ExecutorService workers) {
        this.workers = workers;
    }

    /** Whether the bot is stopping: from then on, new work is not taken. */
    boolean stopping() {
        return stopping;
    }

    /** From now on, new work is not taken. */
    void stopTakingWork() {
        stopping = true;
    }

    /**
     * Takes an interaction to answer, counting its reply as under way; while the bot is stopping, answers it only
     * with {@link #RESTARTING}, privately.
     *
     * @param what the interaction, for the log
     * @return whether to go on and answer it
     */
    boolean take(IReplyCallback event, String what) {
        begin();
        if (!stopping) {
            return true;
        }
        event.reply(RESTARTING).setEphemeral(true).queue(done -> end(), e -> {
            end();
            log.warn("Could not tell {} that StrikeDesk is restarting: {}", what, e.toString());
        });
        return false;
    }

    /** Counts a reply as under way. */
    synchronized void begin() {
        count++;
    }

    /** A reply is no longer under way: Discord has it or refused it, or it was given up. */
    synchronized void end() {
        count--;
        if (count == 0) {
            notifyAll();
        }
    }

    /**
     * Runs the work of a reply under way on a worker thread. If the work throws, or cannot start because the bot is
     * stopping, the reply is no longer under way.
     *
     * @param what the request, for the log
     * @return whether the work was handed to a worker
     */
    boolean onWorker(String what, Runnable work) {
        try {
            workers.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    end();
                    throw e;
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            end();
            log.warn("Could not answer {}: StrikeDesk is stopping", what);
            return false;
        }
    }

    /** Discord has the answer to {@code what}, begun at {@code started} ({@link System#nanoTime()}). */
    void answered(String what, long started) {
        end();
        log.info("Answered {} in {} ms", what, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    /** Discord refused the answer to {@code what}, or it could not be sent: {@code message} says which, for the log. */
    void failed(String message, String what, Throwable e) {
        end();
        log.warn(message, what, e.toString());
    }

    /** Waits until none is under way, for at most {@code timeout}; false when some still were. */
    synchronized boolean awaitNone(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    synchronized int count() {
        return count;
    }
}
