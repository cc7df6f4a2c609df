package org.strikedesk.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where the shipped reference data and the store live. Both are relative to StrikeDesk's home unless absolute.
 *
 * @param directory the folder holding {@code ods-etr.csv}, {@code strikes.csv} and the figures files
 * @param store the SQLite store, created on first use; {@code --db} overrides it
 */
public record DataConfig(String directory, String store) {
    public static final DataConfig DEFAULT = new DataConfig(null, null);

    @JsonCreator
    public DataConfig(@JsonProperty("directory") String directory, @JsonProperty("store") String store) {
        this.directory = directory == null ? "data" : directory;
        this.store = store == null ? "data/strikedesk.db" : store;
        if (this.directory.isBlank()) {
            throw new ConfigException("data.directory must name a folder");
        }
        if (this.store.isBlank()) {
            throw new ConfigException("data.store must name a file");
        }
    }

    /** The reference data in {@code directory}, with the default store. */
    public static DataConfig in(String directory) {
        return new DataConfig(directory, null);
    }
}
