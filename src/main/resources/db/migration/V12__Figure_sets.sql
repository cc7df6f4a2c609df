-- The figures a reply showed, stored once however many replies showed them: a figure set is a set of figures, each
-- with the value it had, named by a digest of its contents (SHA-256 of its figures in order, one line each), and
-- each pull points at the set it showed. A busy bot answers the same question many times between revisions, and so
-- writes one row per reply instead of dozens.
CREATE TABLE figure_sets (
    id     INTEGER PRIMARY KEY,
    digest TEXT NOT NULL UNIQUE
);

-- The figures of a set, each with the value it had. A whole-strike figure has day = ''.
CREATE TABLE figure_set_members (
    set_id    INTEGER NOT NULL REFERENCES figure_sets (id) ON DELETE CASCADE,
    strike_id TEXT    NOT NULL,
    org_code  TEXT    NOT NULL,
    day       TEXT    NOT NULL DEFAULT '',
    metric    TEXT    NOT NULL,
    value     INTEGER NOT NULL,
    PRIMARY KEY (set_id, org_code, strike_id, day, metric)
) WITHOUT ROWID;

CREATE INDEX figure_set_members_by_scope ON figure_set_members (org_code, strike_id);

-- Pulls recorded before this migration keep their figures: each becomes a set of its own, with the pull's id, whose
-- digest ('migrated pull' and the id) no set made later can have, so later replies showing the same figures make a
-- set of their own. Who was shown what is unchanged.
INSERT INTO figure_sets (id, digest) SELECT id, 'migrated pull ' || id FROM pulls;

INSERT INTO figure_set_members (set_id, strike_id, org_code, day, metric, value)
SELECT pull_id, strike_id, org_code, day, metric, value FROM pull_figures;

DROP TABLE pull_figures;

-- Who asked, where, when and what, as before, and the set of figures the reply showed. Sets no pull points at any
-- more are deleted with the pulls older than audit.keep.
CREATE TABLE pulls_with_sets (
    id         INTEGER PRIMARY KEY,
    pulled_at  TEXT    NOT NULL,
    user_id    TEXT    NOT NULL,
    user_name  TEXT    NOT NULL,
    guild_id   TEXT    NOT NULL,
    channel_id TEXT    NOT NULL,
    asked      TEXT    NOT NULL,
    figure_set INTEGER NOT NULL REFERENCES figure_sets (id)
);

INSERT INTO pulls_with_sets (id, pulled_at, user_id, user_name, guild_id, channel_id, asked, figure_set)
SELECT id, pulled_at, user_id, user_name, guild_id, channel_id, asked, id FROM pulls;

DROP TABLE pulls;

ALTER TABLE pulls_with_sets RENAME TO pulls;

CREATE INDEX pulls_by_time ON pulls (pulled_at);

CREATE INDEX pulls_by_figure_set ON pulls (figure_set);
