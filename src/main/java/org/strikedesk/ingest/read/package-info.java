/** Readers for each file format (CSV, and Excel workbooks in the tidy format or a wide layout), row by row. */
package org.strikedesk.ingest.read;
