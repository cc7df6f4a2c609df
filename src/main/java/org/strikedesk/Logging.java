package org.strikedesk;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import java.util.IdentityHashMap;
import java.util.Iterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strikedesk.config.LoggingConfig;

/**
 * How StrikeDesk logs. Console commands log only warnings, so their answers are not buried; the bot logs one line per
 * event at INFO. {@code logging.format: json} in the config turns each line into one JSON object, for log collectors.
 */
public final class Logging {
    /** The encoders {@link LogbackSetup} set up, kept to go back to them. */
    private static final IdentityHashMap<OutputStreamAppender<ILoggingEvent>, Encoder<ILoggingEvent>> configured =
            new IdentityHashMap<>();

    private Logging() {}

    static void quiet() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                && System.getProperty("strikedesk.log.level") == null) {
            context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
        }
    }

    /** Writes every log line from now on in {@code format}. */
    static synchronized void use(LoggingConfig.Format format) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Iterator<Appender<ILoggingEvent>> appenders =
                context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders();
        while (appenders.hasNext()) {
            if (appenders.next() instanceof OutputStreamAppender<ILoggingEvent> appender) {
                Encoder<ILoggingEvent> original =
                        configured.computeIfAbsent(appender, OutputStreamAppender::getEncoder);
                Encoder<ILoggingEvent> wanted = format == LoggingConfig.Format.JSON ? jsonEncoder(context) : original;
                if (appender.getEncoder() != wanted) {
                    appender.stop();
                    appender.setEncoder(wanted);
                    appender.start();
                }
            }
        }
    }

    /**
     * The encoder of {@code logging.format: json}: one object per line with the time (milliseconds since 1970), level,
     * thread, logger, the message with its arguments filled in, and any exception with its causes and frames.
     */
    public static Encoder<ILoggingEvent> jsonEncoder(LoggerContext context) {
        JsonEncoder encoder = new JsonEncoder();
        encoder.setContext(context);
        encoder.setWithSequenceNumber(false);
        encoder.setWithNanoseconds(false);
        encoder.setWithContext(false);
        encoder.setWithMDC(false);
        encoder.setWithKVPList(false);
        encoder.setWithMarkers(false);
        // The message once, as a person reads it: not also the pattern and its arguments apart.
        encoder.setWithMessage(false);
        encoder.setWithArguments(false);
        encoder.setWithFormattedMessage(true);
        encoder.start();
        return encoder;
    }
}
