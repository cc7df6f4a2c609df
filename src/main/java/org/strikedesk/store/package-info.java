/** The SQLite store: the one place that opens connections, with its settings and migrations. */
@NullMarked
package org.strikedesk.store;

import org.jspecify.annotations.NullMarked;
