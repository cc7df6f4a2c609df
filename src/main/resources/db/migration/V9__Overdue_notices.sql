-- Strikes whose figures became overdue and whose notice was owed to the subscribed channels: one row each, written
-- in the same transaction as the notices, so each strike's notice is owed exactly once, whatever restarts happen.
CREATE TABLE overdue_notices (
    strike_id  TEXT PRIMARY KEY,
    noticed_at TEXT NOT NULL
);
