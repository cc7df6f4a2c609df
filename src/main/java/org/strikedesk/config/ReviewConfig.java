package org.strikedesk.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/**
 * The plausibility gate and its editors: how far a figure may stray before its import is held, and where editors
 * review what was held.
 *
 * @param channel the editors' channel, where review cards and correction notices are posted; empty to review at the
 *     console only
 * @param role the editors' role: its members may review as well as those with Manage Server; empty for Manage Server
 *     alone
 * @param recordFactor a trust's total is held when it is more than this many times its own record and the highest
 *     total of any trust in its region
 * @param revisionShare a revision is held when it moves a figure by more than this share of its old value (0.5 is
 *     half)
 * @param revisionMinimum a revision that moves a figure by fewer than this many is never held by the revision rule
 * @param staffFactor a staff figure is held when it is more than this many times the highest staff figure the trust
 *     has reported
 * @param gate whether imports are checked at all; false publishes every valid import at once (for loading history in
 *     bulk, say)
 */
public record ReviewConfig(
        String channel,
        String role,
        double recordFactor,
        double revisionShare,
        long revisionMinimum,
        double staffFactor,
        boolean gate) {
    public static final ReviewConfig DEFAULT = new ReviewConfig("", "", 3, 0.5, 10, 2, true);

    public ReviewConfig {
        channel = snowflake("review.channel", channel);
        role = snowflake("review.role", role);
        if (!(recordFactor > 1) || recordFactor > 1_000) {
            throw new ConfigException("review.recordFactor must be more than 1 and at most 1000, not " + recordFactor);
        }
        if (!(revisionShare > 0) || revisionShare > 100) {
            throw new ConfigException("review.revisionShare must be more than 0 and at most 100, not " + revisionShare);
        }
        if (revisionMinimum < 0) {
            throw new ConfigException("review.revisionMinimum must be 0 or more, not " + revisionMinimum);
        }
        if (!(staffFactor >= 1) || staffFactor > 1_000) {
            throw new ConfigException("review.staffFactor must be at least 1 and at most 1000, not " + staffFactor);
        }
    }

    /** Reads the config section; a key left out takes its default. */
    @JsonCreator
    static ReviewConfig of(
            @JsonProperty("channel") String channel,
            @JsonProperty("role") String role,
            @JsonProperty("recordFactor") Double recordFactor,
            @JsonProperty("revisionShare") Double revisionShare,
            @JsonProperty("revisionMinimum") Long revisionMinimum,
            @JsonProperty("staffFactor") Double staffFactor,
            @JsonProperty("gate") Boolean gate) {
        return new ReviewConfig(
                channel,
                role,
                recordFactor == null ? DEFAULT.recordFactor : recordFactor,
                revisionShare == null ? DEFAULT.revisionShare : revisionShare,
                revisionMinimum == null ? DEFAULT.revisionMinimum : revisionMinimum,
                staffFactor == null ? DEFAULT.staffFactor : staffFactor,
                gate == null || gate);
    }

    /** The editors' channel, if one is set. */
    public Optional<String> editorsChannel() {
        return channel.isEmpty() ? Optional.empty() : Optional.of(channel);
    }

    /** The editors' role, if one is set. */
    public Optional<String> editorsRole() {
        return role.isEmpty() ? Optional.empty() : Optional.of(role);
    }

    /** The same settings with the editors' channel {@code id}. */
    public ReviewConfig withChannel(String id) {
        return new ReviewConfig(id, role, recordFactor, revisionShare, revisionMinimum, staffFactor, gate);
    }

    /** The same settings with the editors' role {@code id}. */
    public ReviewConfig withRole(String id) {
        return new ReviewConfig(channel, id, recordFactor, revisionShare, revisionMinimum, staffFactor, gate);
    }

    /** The same settings with the gate off: every valid import is published at once. */
    public ReviewConfig withoutGate() {
        return new ReviewConfig(channel, role, recordFactor, revisionShare, revisionMinimum, staffFactor, false);
    }

    private static String snowflake(String key, String value) {
        String id = value == null ? "" : value.strip();
        if (!id.isEmpty() && !id.matches("\\d{17,20}")) {
            throw new ConfigException(
                    key + ": \"" + value + "\" is not a Discord id (17 to 20 digits); leave it empty" + " for none");
        }
        return id;
    }
}
