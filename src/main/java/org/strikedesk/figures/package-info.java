/** Strikes, figures and the totals derived from them, with where each figure came from. No chat platform here. */
package org.strikedesk.figures;
