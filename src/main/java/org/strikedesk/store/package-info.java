/** The SQLite store: the one place that opens connections, with its settings and migrations. */
package org.strikedesk.store;
