/** The reference data shipped in {@code data/}: loaded into the store on first use and whenever a file changes. */
package org.strikedesk.reference;
