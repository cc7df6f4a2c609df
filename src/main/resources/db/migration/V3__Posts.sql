-- Where new figures are posted: one row per channel and what it follows (ENG, a region, or a trust).
CREATE TABLE subscriptions (
    id         INTEGER PRIMARY KEY,
    guild_id   TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    org_code   TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_in TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (channel_id, org_code)
);

-- The outbox: every post owed, written in the same transaction as what caused it, delivered later.
CREATE TABLE posts (
    id              INTEGER PRIMARY KEY,
    channel_id      TEXT    NOT NULL,
    subscription_id INTEGER REFERENCES subscriptions (id) ON DELETE SET NULL,
    kind            TEXT    NOT NULL CHECK (kind IN ('release', 'correction', 'edit', 'digest', 'summary', 'alert')),
    import_id       INTEGER REFERENCES imports (id),
    payload         TEXT    NOT NULL,
    edit_of         INTEGER REFERENCES posts (id),
    status          TEXT    NOT NULL CHECK (status IN ('pending', 'sending', 'delivered', 'merged', 'failed')),
    merged_into     INTEGER REFERENCES posts (id),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT    NOT NULL,
    message_id      TEXT,
    last_error      TEXT,
    created_at      TEXT    NOT NULL,
    delivered_at    TEXT
);

CREATE INDEX posts_due ON posts (status, next_attempt_at);
CREATE INDEX posts_by_channel ON posts (channel_id, status);

-- Which organisation and strike each post spoke of, so a later revision can find and edit it.
CREATE TABLE post_coverage (
    post_id   INTEGER NOT NULL REFERENCES posts (id),
    org_code  TEXT    NOT NULL,
    strike_id TEXT    NOT NULL,
    PRIMARY KEY (post_id, org_code, strike_id)
);

CREATE INDEX post_coverage_by_figure ON post_coverage (org_code, strike_id);

-- Channels the bot could not post in, until a post there succeeds again.
CREATE TABLE channel_problems (
    channel_id TEXT PRIMARY KEY,
    problem    TEXT NOT NULL,
    since      TEXT NOT NULL
);

-- Each scheduled digest fires once per scheduled time, whatever restarts happen.
CREATE TABLE digest_runs (
    digest        TEXT    NOT NULL,
    scheduled_for TEXT    NOT NULL,
    post_id       INTEGER REFERENCES posts (id),
    PRIMARY KEY (digest, scheduled_for)
);

-- Facts about this store, such as the random id that makes its message nonces unique.
CREATE TABLE store_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
