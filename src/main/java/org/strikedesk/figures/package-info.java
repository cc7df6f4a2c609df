/** Strikes, figures and the totals derived from them, with where each figure came from. No chat platform here. */
@NullMarked
package org.strikedesk.figures;

import org.jspecify.annotations.NullMarked;
