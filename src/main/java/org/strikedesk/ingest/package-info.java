/** Getting figures in: the all-or-nothing importer, its history and reports, and the loading of the shipped data. */
package org.strikedesk.ingest;
