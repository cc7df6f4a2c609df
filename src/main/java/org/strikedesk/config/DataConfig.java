package org.strikedesk.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where the shipped reference data lives.
 *
 * @param directory the folder holding {@code ods-etr.csv}, {@code strikes.csv} and the figures files, relative
 *     to the project's home unless absolute
 */
public record DataConfig(String directory) {
    public static final DataConfig DEFAULT = new DataConfig("data");

    @JsonCreator
    public DataConfig(@JsonProperty("directory") String directory) {
        this.directory = directory == null ? "data" : directory;
        if (this.directory.isBlank()) {
            throw new ConfigException("data.directory must name a folder");
        }
    }
}
