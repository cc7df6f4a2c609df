package org.strikedesk.discord.sim;

import java.time.Instant;

/**
 * Discord snowflakes: milliseconds since the Discord epoch shifted left by 22 bits. JDA derives an
 * interaction's 15-minute expiry from its id, so ids must carry the current time.
 */
public final class Snowflakes {
    /** 2015-01-01T00:00:00Z, the Discord epoch. */
    public static final long DISCORD_EPOCH_MILLIS = 1420070400000L;

    private static long last;
    private static long increment;

    private Snowflakes() {}

    /** A fresh, unique snowflake for the current time (monotonic within this JVM). */
    public static synchronized String next() {
        long candidate = (System.currentTimeMillis() - DISCORD_EPOCH_MILLIS) << 22;
        last = Math.max(candidate, last + 1);
        return Long.toUnsignedString(last);
    }

    /** A fresh, unique snowflake for an earlier moment (an interaction created before it is delivered). */
    public static synchronized String nextAt(Instant instant) {
        if (!instant.isBefore(Instant.now().minusMillis(1))) {
            return next();
        }
        long candidate = (instant.toEpochMilli() - DISCORD_EPOCH_MILLIS) << 22;
        return Long.toUnsignedString(candidate | (++increment & 0x3FFFFF));
    }

    /** A snowflake whose timestamp is the given instant (used to age an interaction). */
    public static String at(Instant instant) {
        return Long.toUnsignedString((instant.toEpochMilli() - DISCORD_EPOCH_MILLIS) << 22);
    }

    /** The creation time encoded in a snowflake. */
    public static Instant timeOf(String snowflake) {
        return Instant.ofEpochMilli((Long.parseUnsignedLong(snowflake) >>> 22) + DISCORD_EPOCH_MILLIS);
    }
}
