-- What each polled URL last answered and how its fetches stand: the validators sent back on the next fetch
-- (ETag, Last-Modified), the checksum of the last file fetched, so the same content is not imported twice, and
-- the failures, so backoff survives a restart and /status can show them.
CREATE TABLE url_polls (
    url            TEXT    PRIMARY KEY,
    etag           TEXT,
    last_modified  TEXT,
    checksum       TEXT,
    last_checked   TEXT,
    last_success   TEXT,
    last_result    TEXT,
    failing_since  TEXT,
    failure_reason TEXT,
    failures       INTEGER NOT NULL DEFAULT 0,
    next_attempt   TEXT
);
