package org.strikedesk.health;

/** What the health endpoint needs of the running bot: whether it is connected, and how its store stands. */
public interface HealthBackend {
    /** Whether the connection to Discord's gateway is up. */
    boolean gatewayConnected();

    /**
     * Reads the store for the report. Throws when the store does not answer; the endpoint then says so.
     *
     * @return what the store says of imports, posts, polling and backups
     */
    StoreHealth store();
}
