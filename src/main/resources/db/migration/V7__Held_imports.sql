-- The plausibility gate: an import whose figures look wrong is stored but held until an editor approves or rejects
-- it. One row per held import, kept after the decision with who made it and when.
CREATE TABLE reviews (
    import_id  INTEGER PRIMARY KEY REFERENCES imports (id),
    status     TEXT    NOT NULL CHECK (status IN ('held', 'approved', 'rejected')),
    held_at    TEXT    NOT NULL,
    decided_by TEXT,
    decided_at TEXT
);

CREATE INDEX reviews_by_status ON reviews (status);

-- What looked wrong in a held import, rule by rule, in the words the review card shows.
CREATE TABLE review_findings (
    import_id INTEGER NOT NULL REFERENCES reviews (import_id),
    position  INTEGER NOT NULL,
    rule      TEXT    NOT NULL CHECK (rule IN ('trust_total', 'sum_above_total', 'revision', 'day_above_whole',
                                               'staff_record')),
    org_code  TEXT    NOT NULL,
    strike_id TEXT    NOT NULL,
    text      TEXT    NOT NULL,
    PRIMARY KEY (import_id, position)
);

-- Every figure a held import read, as the file gave it: applied like any import's when an editor approves it, kept
-- as the record of what was refused when an editor rejects it. A whole-strike figure has day = ''.
CREATE TABLE held_figures (
    import_id INTEGER NOT NULL REFERENCES reviews (import_id),
    strike_id TEXT    NOT NULL,
    org_code  TEXT    NOT NULL,
    day       TEXT    NOT NULL DEFAULT '',
    metric    TEXT    NOT NULL,
    value     INTEGER NOT NULL CHECK (value >= 0),
    source    TEXT    NOT NULL,
    published TEXT,
    PRIMARY KEY (import_id, org_code, strike_id, day, metric)
) WITHOUT ROWID;

CREATE INDEX held_figures_by_scope ON held_figures (org_code, strike_id);

-- The outbox gains two states, held (owed by a held import, waiting for an editor) and withdrawn (its import was
-- rejected, so it is never sent), and the kinds of post the newsroom's safety net sends: review cards and correction
-- notices to the editors' channel, and notices that a strike's figures are overdue. SQLite cannot change a CHECK
-- constraint in place, so posts and the two tables that refer to it are copied into new tables that replace them;
-- the new tables refer to posts_new, which the renames at the end turn into references to posts.
CREATE TABLE posts_new (
    id              INTEGER PRIMARY KEY,
    channel_id      TEXT    NOT NULL,
    subscription_id INTEGER REFERENCES subscriptions (id) ON DELETE SET NULL,
    kind            TEXT    NOT NULL CHECK (kind IN ('release', 'correction', 'edit', 'digest', 'summary', 'alert',
                                                     'review', 'correction_notice', 'overdue')),
    import_id       INTEGER REFERENCES imports (id),
    payload         TEXT    NOT NULL,
    edit_of         INTEGER REFERENCES posts_new (id),
    status          TEXT    NOT NULL CHECK (status IN ('pending', 'sending', 'delivered', 'merged', 'failed',
                                                       'held', 'withdrawn')),
    merged_into     INTEGER REFERENCES posts_new (id),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT    NOT NULL,
    message_id      TEXT,
    last_error      TEXT,
    created_at      TEXT    NOT NULL,
    delivered_at    TEXT,
    first_attempt_at TEXT
);

INSERT INTO posts_new (id, channel_id, subscription_id, kind, import_id, payload, edit_of, status, merged_into,
                       attempts, next_attempt_at, message_id, last_error, created_at, delivered_at, first_attempt_at)
SELECT id, channel_id, subscription_id, kind, import_id, payload, edit_of, status, merged_into, attempts,
       next_attempt_at, message_id, last_error, created_at, delivered_at, first_attempt_at
FROM posts ORDER BY id;

CREATE TABLE post_coverage_new (
    post_id   INTEGER NOT NULL REFERENCES posts_new (id),
    org_code  TEXT    NOT NULL,
    strike_id TEXT    NOT NULL,
    PRIMARY KEY (post_id, org_code, strike_id)
);

INSERT INTO post_coverage_new (post_id, org_code, strike_id) SELECT post_id, org_code, strike_id FROM post_coverage;

CREATE TABLE digest_runs_new (
    digest        TEXT    NOT NULL,
    scheduled_for TEXT    NOT NULL,
    post_id       INTEGER REFERENCES posts_new (id),
    PRIMARY KEY (digest, scheduled_for)
);

INSERT INTO digest_runs_new (digest, scheduled_for, post_id) SELECT digest, scheduled_for, post_id FROM digest_runs;

DROP TABLE digest_runs;
DROP TABLE post_coverage;
DROP TABLE posts;

ALTER TABLE posts_new RENAME TO posts;
ALTER TABLE post_coverage_new RENAME TO post_coverage;
ALTER TABLE digest_runs_new RENAME TO digest_runs;

CREATE INDEX posts_due ON posts (status, next_attempt_at);
CREATE INDEX posts_by_channel ON posts (channel_id, status);
CREATE INDEX posts_by_import ON posts (import_id, status);
CREATE INDEX post_coverage_by_figure ON post_coverage (org_code, strike_id);
