/** Whole-file validation: every row checked against the calendar and the directory before anything is written. */
package org.strikedesk.ingest.validate;
