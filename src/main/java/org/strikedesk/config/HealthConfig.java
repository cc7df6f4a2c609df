package org.strikedesk.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.OptionalInt;

/**
 * The health endpoint ({@code /healthz}) an uptime monitor can ask while the bot runs.
 *
 * @param port the TCP port; empty (the default) serves no endpoint
 * @param host the address to listen on: this machine only ({@code 127.0.0.1}) unless set
 */
public record HealthConfig(OptionalInt port, String host) {
    public static final HealthConfig DEFAULT = new HealthConfig(OptionalInt.empty(), null);

    public HealthConfig {
        host = host == null ? "127.0.0.1" : host.strip();
        port.ifPresent(value -> {
            if (value < 1 || value > 65_535) {
                throw new ConfigException("health.port must be between 1 and 65535, not " + value);
            }
        });
        if (host.isEmpty()) {
            throw new ConfigException("health.host must name an address, such as 127.0.0.1 or 0.0.0.0");
        }
    }

    @JsonCreator
    static HealthConfig of(@JsonProperty("port") Integer port, @JsonProperty("host") String host) {
        return new HealthConfig(port == null ? OptionalInt.empty() : OptionalInt.of(port), host);
    }
}
