/** Files uploaded with /ingest: their names made safe, their size checked, their import answered. */
package org.strikedesk.ingest.upload;
