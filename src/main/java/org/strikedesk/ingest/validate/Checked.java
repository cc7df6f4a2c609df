package org.strikedesk.ingest.validate;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.strikedesk.ingest.errors.ImportError;

/**
 * What checking one cell found: the value it holds, or the error that rules it out. An optional cell that is
 * blank holds an empty {@link Optional}, which is a value, not an error.
 *
 * @param <T> the value's type
 */
sealed interface Checked<T> {

    static <T> Checked<T> valid(T value) {
        return new Valid<>(value);
    }

    static <T> Checked<T> invalid(ImportError reason) {
        return new Invalid<>(reason);
    }

    /** The value, if the cell passed. */
    Optional<T> found();

    /** The error, if it did not. */
    Optional<ImportError> error();

    /** The value of a cell known to have passed. */
    T orElseThrow();

    /** Checks the value further; an error passes through unchanged. */
    <U> Checked<U> then(Function<T, Checked<U>> next);

    /** The cell passed. */
    record Valid<T>(T value) implements Checked<T> {
        public Valid {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Optional<T> found() {
            return Optional.of(value);
        }

        @Override
        public Optional<ImportError> error() {
            return Optional.empty();
        }

        @Override
        public T orElseThrow() {
            return value;
        }

        @Override
        public <U> Checked<U> then(Function<T, Checked<U>> next) {
            return next.apply(value);
        }
    }

    /** The cell did not pass, for this reason. */
    record Invalid<T>(ImportError reason) implements Checked<T> {
        public Invalid {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public Optional<T> found() {
            return Optional.empty();
        }

        @Override
        public Optional<ImportError> error() {
            return Optional.of(reason);
        }

        @Override
        public T orElseThrow() {
            throw new IllegalStateException("a cell that did not pass has no value: " + reason);
        }

        @Override
        public <U> Checked<U> then(Function<T, Checked<U>> next) {
            return new Invalid<>(reason);
        }
    }
}
