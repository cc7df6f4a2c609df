-- One number that moves with every change to what answers are made from: the figures, the figures held for review,
-- the reviews and the strike calendar, whichever process made the change. A running bot keeps answers and figures in
-- memory between changes; it reads this number every moment, so an import made by another StrikeDesk process (cron,
-- the console, the process running another range of shards) reaches its answers too.
CREATE TABLE data_version (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);

INSERT INTO data_version (id, version) VALUES (1, 0);

CREATE TRIGGER figures_insert_moves_data_version AFTER INSERT ON figures
BEGIN
    UPDATE data_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER figures_update_moves_data_version AFTER UPDATE ON figures
BEGIN
    UPDATE data_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER figures_delete_moves_data_version AFTER DELETE ON figures
BEGIN
    UPDATE data_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER held_figures_insert_moves_data_version AFTER INSERT ON held_figures
BEGIN
    UPDATE data_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER held_figures_update_moves_data_version AFTER UPDATE ON held_figures
BEGIN
    UPDATE data_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER held_figures_delete_moves_data_version AFTER DELETE ON held_figures
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
