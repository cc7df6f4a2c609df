/** The health endpoint: {@code /healthz} over HTTP, for an uptime monitor, fed through {@link HealthBackend}. */
package org.strikedesk.health;
