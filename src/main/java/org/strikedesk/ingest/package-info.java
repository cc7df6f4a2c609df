/**
 * Getting figures in: readers for each file format (CSV, and Excel workbooks in the tidy format or a wide layout),
 * the safety checks a workbook passes before it is read, whole-file validation, and the all-or-nothing importer.
 */
package org.strikedesk.ingest;
