/** The safety checks a workbook passes before it is read: size, compression, parts, formulas, links. */
package org.strikedesk.ingest.guard;
