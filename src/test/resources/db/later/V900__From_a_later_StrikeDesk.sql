-- A migration no release of StrikeDesk has: tests apply it to make a store as a later StrikeDesk would leave it.
CREATE TABLE later_feature (
    id   INTEGER PRIMARY KEY,
    note TEXT NOT NULL
);
