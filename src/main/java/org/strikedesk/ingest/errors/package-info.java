/** How an import says what is wrong: file, sheet, row and column, sizes, and the word probably meant. */
package org.strikedesk.ingest.errors;
