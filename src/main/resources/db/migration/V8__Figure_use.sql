-- Who was shown which figures, so that a revision can say who used the old value. One row per reply that showed
-- figures: who asked (a Discord user id, or 'console' with the name of the person at the console), where (guild and
-- channel, '' at the console and the guild '' in direct messages), when, and what they asked (the command as typed,
-- or the button). Rows older than audit.keep are deleted.
CREATE TABLE pulls (
    id         INTEGER PRIMARY KEY,
    pulled_at  TEXT NOT NULL,
    user_id    TEXT NOT NULL,
    user_name  TEXT NOT NULL,
    guild_id   TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    asked      TEXT NOT NULL
);

CREATE INDEX pulls_by_time ON pulls (pulled_at);

-- The figures a pull showed, each with the value it had then. A whole-strike figure has day = ''.
CREATE TABLE pull_figures (
    pull_id   INTEGER NOT NULL REFERENCES pulls (id) ON DELETE CASCADE,
    strike_id TEXT    NOT NULL,
    org_code  TEXT    NOT NULL,
    day       TEXT    NOT NULL DEFAULT '',
    metric    TEXT    NOT NULL,
    value     INTEGER NOT NULL,
    PRIMARY KEY (pull_id, org_code, strike_id, day, metric)
) WITHOUT ROWID;

CREATE INDEX pull_figures_by_scope ON pull_figures (org_code, strike_id);

-- A revision of a figure that people had been shown, and who they were: kept as it was when the revision came, so
-- that it still says who used the old value after their pulls are deleted. Rows older than audit.keep are deleted.
CREATE TABLE corrections (
    id        INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES imports (id),
    made_at   TEXT    NOT NULL,
    strike_id TEXT    NOT NULL,
    org_code  TEXT    NOT NULL,
    day       TEXT    NOT NULL DEFAULT '',
    metric    TEXT    NOT NULL,
    old_value INTEGER NOT NULL,
    new_value INTEGER NOT NULL
);

CREATE INDEX corrections_by_time ON corrections (made_at);

CREATE TABLE correction_users (
    correction_id  INTEGER NOT NULL REFERENCES corrections (id) ON DELETE CASCADE,
    user_id        TEXT    NOT NULL,
    user_name      TEXT    NOT NULL,
    guild_id       TEXT    NOT NULL,
    channel_id     TEXT    NOT NULL,
    pulls          INTEGER NOT NULL,
    last_pulled_at TEXT    NOT NULL,
    PRIMARY KEY (correction_id, user_id, user_name, guild_id, channel_id)
);
