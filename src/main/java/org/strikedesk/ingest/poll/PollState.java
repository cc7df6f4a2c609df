package org.strikedesk.ingest.poll;

import java.time.Instant;

/**
 * How polling one URL stands.
 *
 * @param url the URL
 * @param etag the ETag of the last file fetched, sent back as If-None-Match
 * @param lastModified its Last-Modified, sent back as If-Modified-Since
 * @param checksum SHA-256 of the last file fetched
 * @param lastChecked when it was last tried
 * @param lastSuccess when it last answered
 * @param lastResult what the last answer led to, e.g. "not modified" or "imported: 3 added, 0 revised"
 * @param failingSince when the current run of failures began, or null when the last attempt worked
 * @param failureReason why the last attempt failed, or null
 * @param failures failed attempts in a row
 * @param nextAttempt when it is next due, or null for at once
 */
public record PollState(
        String url,
        String etag,
        String lastModified,
        String checksum,
        Instant lastChecked,
        Instant lastSuccess,
        String lastResult,
        Instant failingSince,
        String failureReason,
        int failures,
        Instant nextAttempt) {

    /** A URL never polled. */
    public static PollState fresh(String url) {
        return new PollState(url, null, null, null, null, null, null, null, null, 0, null);
    }

    public boolean failing() {
        return failures > 0;
    }

    /** After an answer: the validators and checksum of what was fetched, and the next attempt. */
    PollState answered(Fetch fetch, String result, Instant at, Instant next) {
        return new PollState(
                url,
                fetch.etag() != null ? fetch.etag() : etag,
                fetch.lastModified() != null ? fetch.lastModified() : lastModified,
                fetch.checksum() != null ? fetch.checksum() : checksum,
                at,
                at,
                result,
                null,
                null,
                0,
                next);
    }

    /** After a failure: one more in the run, and the attempt after the backoff. */
    PollState failed(String reason, Instant at, Instant next) {
        return new PollState(
                url,
                etag,
                lastModified,
                checksum,
                at,
                lastSuccess,
                lastResult,
                failingSince == null ? at : failingSince,
                reason,
                failures + 1,
                next);
    }

    /**
     * What a fetch brought back that is worth keeping.
     *
     * @param etag the ETag, or null
     * @param lastModified the Last-Modified, or null
     * @param checksum the checksum of the body, or null when there was none
     */
    record Fetch(String etag, String lastModified, String checksum) {}
}
