package org.strikedesk.store;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The store could not be opened, read or written. When the fault lies in the store's surroundings (a file that is not
 * a database, a full disk, a store in use) it carries the {@link StoreProblem}, whose sentence is the message; any
 * other failure is StrikeDesk's own, and its message is for the log.
 */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient @Nullable StoreProblem problem;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
        this.problem = null;
    }

    public StoreException(StoreProblem problem, @Nullable Throwable cause) {
        super(problem.sentence(), cause);
        this.problem = problem;
    }

    /** What is wrong with the store's surroundings, when that is why. */
    public Optional<StoreProblem> problem() {
        return Optional.ofNullable(problem);
    }
}
