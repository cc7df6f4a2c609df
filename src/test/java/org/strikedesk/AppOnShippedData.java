package org.strikedesk;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * For test classes that ask questions of StrikeDesk as shipped: one application per class, on a fresh store in a
 * temporary folder loaded from {@code data/}. Subclasses may add their own set-up; it runs after this.
 */
public abstract class AppOnShippedData {
    @TempDir
    protected static Path folder;

    protected static Application app;

    @BeforeAll
    static void openShippedApplication() {
        app = TestApplications.open(folder);
    }

    @AfterAll
    static void closeShippedApplication() {
        app.close();
    }
}
