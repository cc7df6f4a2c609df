package org.strikedesk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.strikedesk.Application;
import org.strikedesk.config.StrikeDeskConfig;

/**
 * For test classes that question StrikeDesk as shipped: the application on a fresh store in a temporary folder of its
 * own, loaded from {@code data/}, opened before the class's own set-up and closed (its folder deleted) after. One
 * application serves the whole class, or each test gets a fresh one when the tests change the store.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final AppOnShippedData shipped = AppOnShippedData.forClass();
 * }</pre>
 *
 * <p>Register it in a static field. Test engines without JUnit's extensions (jqwik) call {@link #open()} and
 * {@link #close()} from their own lifecycle methods.
 */
public final class AppOnShippedData
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, AutoCloseable {
    private final boolean eachTest;
    private final Instant start;
    private final StrikeDeskConfig config;
    private Path folder;
    private MutableClock clock;
    private Application app;

    private AppOnShippedData(boolean eachTest, Instant start, StrikeDeskConfig config) {
        this.eachTest = eachTest;
        this.start = start;
        this.config = config;
    }

    /** One application for every test of the class, with the default settings, at {@link TestApplications#NOW}. */
    public static AppOnShippedData forClass() {
        return new AppOnShippedData(false, TestApplications.NOW, StrikeDeskConfig.DEFAULT);
    }

    /** A fresh application for each test, with the default settings, at {@link TestApplications#NOW}. */
    public static AppOnShippedData forEachTest() {
        return new AppOnShippedData(true, TestApplications.NOW, StrikeDeskConfig.DEFAULT);
    }

    /** The same, with the clock starting at {@code instant} instead. */
    public AppOnShippedData startingAt(String instant) {
        return new AppOnShippedData(eachTest, Instant.parse(instant), config);
    }

    /** The same, with other settings. */
    public AppOnShippedData with(StrikeDeskConfig settings) {
        return new AppOnShippedData(eachTest, start, settings);
    }

    /** The same, with the settings in {@code json}, a config file's text. */
    public AppOnShippedData with(String json) {
        return with(TestApplications.settings(json));
    }

    /** The open application. */
    public Application app() {
        if (app == null) {
            throw new IllegalStateException("StrikeDesk is not open; register the extension in a static field");
        }
        return app;
    }

    /** The application's own folder, which holds its store; a test may write its files here. */
    public Path folder() {
        app();
        return folder;
    }

    /** The application's clock, which the test may move. */
    public MutableClock clock() {
        app();
        return clock;
    }

    /** Opens the application now, on a fresh store. */
    public void open() {
        try {
            folder = Files.createTempDirectory("strikedesk-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        clock = new MutableClock(start);
        app = TestApplications.open(folder, clock, config);
    }

    /** Closes the application and deletes its folder. */
    @Override
    public void close() {
        if (app == null) {
            return;
        }
        try {
            app.close();
            PathUtils.deleteDirectory(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            app = null;
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!eachTest) {
            open();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (eachTest) {
            open();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (eachTest) {
            close();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (!eachTest) {
            close();
        }
    }
}
