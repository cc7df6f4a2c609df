/** Polling configured URLs for new figures files: conditional fetches, backoff on failure, state kept in the store. */
package org.strikedesk.ingest.poll;
