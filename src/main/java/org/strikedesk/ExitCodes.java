package org.strikedesk;

import org.strikedesk.store.StoreProblem;

/** The process exit codes, as the README's table lists them. */
final class ExitCodes {
    static final int OK = 0;
    /** A file was rejected, there was nothing to export, or StrikeDesk failed on its side. */
    static final int FAILED = 1;
    /** The command line or the config is wrong, or something the person must provide is missing. */
    static final int USAGE = 2;

    private ExitCodes() {}

    /** A distinct code for each kind of store problem, so that a script can tell them apart. */
    static int of(StoreProblem.Kind kind) {
        return switch (kind) {
            case NOT_A_DATABASE -> 10;
            case DIRECTORY -> 11;
            case UNREADABLE -> 12;
            case READ_ONLY -> 13;
            case NEWER_SCHEMA -> 14;
            case DAMAGED -> 15;
            case DISK_FULL -> 16;
            case INPUT_OUTPUT -> 17;
            case BUSY -> 18;
        };
    }
}
