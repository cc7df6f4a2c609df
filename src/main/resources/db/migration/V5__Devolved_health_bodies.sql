-- NHS bodies in Wales, Scotland and Northern Ireland, known by name only to say they are outside NHS England's
-- figures. also_known_as holds their short names, ';'-separated as in the shipped file.
CREATE TABLE devolved_bodies (
    name          TEXT PRIMARY KEY,
    nation        TEXT NOT NULL CHECK (nation IN ('Wales', 'Scotland', 'Northern Ireland')),
    kind          TEXT NOT NULL,
    also_known_as TEXT NOT NULL,
    source        TEXT NOT NULL
);
