-- Reference data: regions, trusts and where people know them from.
CREATE TABLE regions (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE trusts (
    code          TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    register_name TEXT NOT NULL,
    region_code   TEXT NOT NULL,
    icb_code      TEXT,
    postcode      TEXT,
    opened        TEXT,
    closed        TEXT
);

CREATE TABLE trust_aliases (
    alias      TEXT NOT NULL,
    trust_code TEXT NOT NULL REFERENCES trusts (code),
    kind       TEXT NOT NULL,
    PRIMARY KEY (alias, trust_code)
);

-- Parent trusts are as of 2018: a parent may be missing from the current register.
CREATE TABLE sites (
    code        TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    city        TEXT,
    postcode    TEXT,
    parent_code TEXT NOT NULL,
    parent_name TEXT
);

CREATE TABLE strikes (
    id          TEXT PRIMARY KEY,
    staff_group TEXT NOT NULL,
    unions      TEXT NOT NULL,
    first_day   TEXT NOT NULL,
    last_day    TEXT NOT NULL,
    days        TEXT NOT NULL,
    notes       TEXT
);

-- Which reference file was loaded with which content, so a changed file is loaded again.
CREATE TABLE reference_files (
    name      TEXT PRIMARY KEY,
    checksum  TEXT NOT NULL,
    loaded_at TEXT NOT NULL
);

-- Every import attempt, from every route, including rejected ones and no-ops.
CREATE TABLE imports (
    id          INTEGER PRIMARY KEY,
    route       TEXT    NOT NULL,
    file_name   TEXT    NOT NULL,
    checksum    TEXT    NOT NULL,
    outcome     TEXT    NOT NULL CHECK (outcome IN ('imported', 'unchanged', 'rejected')),
    rows_read   INTEGER NOT NULL,
    added       INTEGER NOT NULL,
    revised     INTEGER NOT NULL,
    unchanged   INTEGER NOT NULL,
    superseded  INTEGER NOT NULL,
    errors      INTEGER NOT NULL,
    first_error TEXT,
    imported_at TEXT    NOT NULL,
    imported_by TEXT    NOT NULL
);

-- The current value of each figure. A whole-strike figure has day = ''.
CREATE TABLE figures (
    strike_id TEXT    NOT NULL REFERENCES strikes (id),
    org_code  TEXT    NOT NULL,
    day       TEXT    NOT NULL DEFAULT '',
    metric    TEXT    NOT NULL,
    value     INTEGER NOT NULL CHECK (value >= 0),
    source    TEXT    NOT NULL,
    published TEXT,
    import_id INTEGER NOT NULL REFERENCES imports (id),
    PRIMARY KEY (org_code, strike_id, day, metric)
) WITHOUT ROWID;

CREATE INDEX figures_by_strike ON figures (strike_id, metric);

-- Values that are no longer current: replaced by a newer publication, or older than the one kept.
CREATE TABLE figure_history (
    id                 INTEGER PRIMARY KEY,
    strike_id          TEXT    NOT NULL,
    org_code           TEXT    NOT NULL,
    day                TEXT    NOT NULL,
    metric             TEXT    NOT NULL,
    value              INTEGER NOT NULL,
    source             TEXT    NOT NULL,
    published          TEXT,
    import_id          INTEGER NOT NULL REFERENCES imports (id),
    superseded_by      INTEGER NOT NULL REFERENCES imports (id),
    superseded_at      TEXT    NOT NULL
);

CREATE INDEX figure_history_by_key ON figure_history (org_code, strike_id, day, metric);
