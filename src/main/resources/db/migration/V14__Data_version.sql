-- One number that moves with every change to what answers are made from: the figures, the figures held for review,
-- the reviews and the strike calendar, whichever process made the change. A running bot keeps answers and figures in
-- memory between changes; it reads this number every moment, so an import made by another StrikeDesk process (cron,
-- the console, the process running another range of shards) reaches its answers too.
--
-- Figures are written only by imports, and every figure names its import (figures.import_id): each import writes its
-- row in imports in the same transaction as its figures, and a held import's figures are published with a change of
-- its review. So the number moves with imports, reviews and strikes, once a row each: a trigger on figures would run
-- once for each of the hundreds of thousands of figures an England-scale import writes.
CREATE TABLE data_version (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);

INSERT INTO data_version (id, version) VALUES (1, 0);

CREATE TRIGGER imports_insert_moves_data_version AFTER INSERT ON imports
BEGIN
    UPDATE data_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER imports_update_moves_data_version AFTER UPDATE ON imports
BEGIN
    UPDATE data_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER imports_delete_moves_data_version AFTER DELETE ON imports
BEGIN
    UPDATE data_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER reviews_insert_moves_data_version AFTER INSERT ON reviews
BEGIN
    UPDATE data_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER reviews_update_moves_data_version AFTER UPDATE ON reviews
BEGIN
    UPDATE data_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER reviews_delete_moves_data_version AFTER DELETE ON reviews
BEGIN
    UPDATE data_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER strikes_insert_moves_data_version AFTER INSERT ON strikes
BEGIN
    UPDATE data_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER strikes_update_moves_data_version AFTER UPDATE ON strikes
BEGIN
    UPDATE data_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER strikes_delete_moves_data_version AFTER DELETE ON strikes
BEGIN
    UPDATE data_version SET version = version + 1 WHERE id = 1;
END;
