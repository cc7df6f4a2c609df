-- The servers where the bot registered its slash commands as guild commands (discord.guilds). A server shows a guild
-- command beside a global command of the same name, so a later start that registers globally empties the own command
-- list of each server named here, and forgets the server once Discord has confirmed.
CREATE TABLE guild_commands (
    guild_id      TEXT PRIMARY KEY,
    registered_at TEXT NOT NULL
);

-- The shards, of a shard total, whose servers a global start has swept: every server's own command list emptied,
-- named above or not. A store from before guild_commands cannot say where an earlier run registered, so the first
-- global start over a shard sweeps its servers once; later starts empty only the servers named above. A new shard
-- total routes the servers anew, and its first start sweeps again.
CREATE TABLE command_sweeps (
    shard    INTEGER NOT NULL CHECK (shard >= 0),
    shards   INTEGER NOT NULL CHECK (shards > shard),
    swept_at TEXT NOT NULL,
    PRIMARY KEY (shard, shards)
);
