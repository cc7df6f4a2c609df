package org.strikedesk;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Console commands log only warnings, so their answers are not buried; the bot logs everything it does. */
final class Logging {
    private Logging() {}

    static void quiet() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                && System.getProperty("strikedesk.log.level") == null) {
            context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
        }
    }
}
