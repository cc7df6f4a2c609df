package org.strikedesk.store;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Why the store could not be opened, read or written, when the fault lies in its surroundings (the file, the disk,
 * another process) rather than in StrikeDesk: each kind says in one sentence what is wrong and what to do, naming the
 * file. The detail (SQLite's own words) goes to the log, not to the person.
 */
public sealed interface StoreProblem {

    /** The store's file. */
    Path file();

    /** Which kind of problem this is. */
    Kind kind();

    /**
     * What is wrong, as a clause that names the file and starts with a word, not the file's name, so that it can
     * start a sentence: "the disk holding the store data/strikedesk.db is full".
     */
    String fault();

    /** What the person running StrikeDesk can do about it, as a clause: "free some space on it, then try again". */
    String remedy();

    /** The whole sentence: the fault, then the remedy. */
    default String sentence() {
        String fault = fault();
        return Character.toUpperCase(fault.charAt(0)) + fault.substring(1) + ": " + remedy() + ".";
    }

    /** The kinds of problem, each with what it is in words that name no file (for people who do not run the bot). */
    enum Kind {
        NOT_A_DATABASE("the store is not a database"),
        DIRECTORY("the store is a folder"),
        UNREADABLE("the store cannot be opened"),
        READ_ONLY("the store is read-only"),
        NEWER_SCHEMA("the store was written by a newer StrikeDesk"),
        DAMAGED("the store is damaged"),
        DISK_FULL("the disk holding the store is full"),
        INPUT_OUTPUT("the disk holding the store reported an error"),
        BUSY("the store stayed in use by another StrikeDesk");

        private final String summary;

        Kind(String summary) {
            this.summary = summary;
        }

        /** The problem as a clause that names no file: "the disk holding the store is full". */
        public String summary() {
            return summary;
        }
    }

    /** The file is there but SQLite cannot read it as a database: it is something else, or its header is gone. */
    record NotADatabase(Path file) implements StoreProblem {
        @Override
        public Kind kind() {
            return Kind.NOT_A_DATABASE;
        }

        @Override
        public String fault() {
            return "the file " + file + " is not a StrikeDesk store (SQLite cannot read it as a database)";
        }

        @Override
        public String remedy() {
            return "check the path given to --db, or move that file aside to start a new store there";
        }
    }

    /** The path names a folder. */
    record Directory(Path file) implements StoreProblem {
        @Override
        public Kind kind() {
            return Kind.DIRECTORY;
        }

        @Override
        public String fault() {
            return "the store " + file + " is a folder, not a file";
        }

        @Override
        public String remedy() {
            return "give --db the path of a store file, such as " + file.resolve("strikedesk.db");
        }
    }

    /** The file, or the folder it is to be created in, cannot be opened by this user. */
    record Unreadable(Path file) implements StoreProblem {
        @Override
        public Kind kind() {
            return Kind.UNREADABLE;
        }

        @Override
        public String fault() {
            return "the store " + file + " cannot be opened";
        }

        @Override
        public String remedy() {
            return "check that the user running StrikeDesk may read and write it and the folder it is in";
        }
    }

    /** The file, or the folder its journal goes in, may be read but not written. */
    record ReadOnly(Path file) implements StoreProblem {
        @Override
        public Kind kind() {
            return Kind.READ_ONLY;
        }

        @Override
        public String fault() {
            return "the store " + file + " is read-only";
        }

        @Override
        public String remedy() {
            return "StrikeDesk writes to its store, so let the user running it write the file and the folder it is"
                    + " in (SQLite keeps its journal beside the file)";
        }
    }

    /**
     * The store's schema is ahead of this build: a newer StrikeDesk has migrated it.
     *
     * @param version the store's schema version
     * @param known the newest this build knows
     */
    record NewerSchema(Path file, int version, int known) implements StoreProblem {
        @Override
        public Kind kind() {
            return Kind.NEWER_SCHEMA;
        }

        @Override
        public String fault() {
            return "the store " + file + " was written by a newer StrikeDesk (schema version " + version
                    + "; this one knows up to " + known + ")";
        }

        @Override
        public String remedy() {
            return "run that newer StrikeDesk with it, or give this one a store of its own with --db";
        }
    }

    /**
     * The store fails SQLite's integrity check, or SQLite found it corrupt while using it.
     *
     * @param finding SQLite's first finding, for the log
     */
    record Damaged(Path file, String finding) implements StoreProblem {
        @Override
        public Kind kind() {
            return Kind.DAMAGED;
        }

        @Override
        public String fault() {
            return "the store " + file + " is damaged (it fails SQLite's integrity check)";
        }

        @Override
        public String remedy() {
            return "put a backup of it in its place with bin/strikedesk restore FILE, or move it aside to start a"
                    + " new store there";
        }
    }

    /** The disk (or the file system's quota) holding the store has no room for what was being written. */
    record DiskFull(Path file) implements StoreProblem {
        @Override
        public Kind kind() {
            return Kind.DISK_FULL;
        }

        @Override
        public String fault() {
            return "the disk holding the store " + file + " is full";
        }

        @Override
        public String remedy() {
            return "free some space on it, then try again";
        }
    }

    /**
     * The operating system reported an error reading or writing the store.
     *
     * @param detail SQLite's words, for the log
     */
    record InputOutput(Path file, String detail) implements StoreProblem {
        @Override
        public Kind kind() {
            return Kind.INPUT_OUTPUT;
        }

        @Override
        public String fault() {
            return "the store " + file + " could not be read or written (the disk or file system reported an error)";
        }

        @Override
        public String remedy() {
            return "check the disk and the log, then try again";
        }
    }

    /**
     * Another process kept the store locked for longer than StrikeDesk waits.
     *
     * @param waited how long StrikeDesk waited ({@code data.busyTimeout})
     */
    record Busy(Path file, Duration waited) implements StoreProblem {
        @Override
        public Kind kind() {
            return Kind.BUSY;
        }

        @Override
        public String fault() {
            return "the store " + file + " stayed in use by another StrikeDesk for "
                    + (waited.toMillis() % 1000 == 0 ? waited.toSeconds() + " s" : waited.toMillis() + " ms");
        }

        @Override
        public String remedy() {
            return "try again when the other import has finished, or raise data.busyTimeout in the config";
        }
    }
}
