/** Getting figures in: readers for each file format, whole-file validation, and the all-or-nothing importer. */
package org.strikedesk.ingest;
