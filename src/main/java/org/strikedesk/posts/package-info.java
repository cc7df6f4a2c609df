/** Posting new figures: subscriptions, the outbox written with each import, delivery exactly once, digests. */
package org.strikedesk.posts;
