/** The trust directory: trusts, regions, aliases and hospital sites, and turning what people type into one. */
@NullMarked
package org.strikedesk.trusts;

import org.jspecify.annotations.NullMarked;
