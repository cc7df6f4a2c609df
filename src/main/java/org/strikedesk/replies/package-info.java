/** Platform-neutral replies and the house style they are written in: numbers, dates, sources, caveats, quotes. */
package org.strikedesk.replies;
