/** The trust directory: trusts, regions, aliases and hospital sites, and turning what people type into one. */
package org.strikedesk.trusts;
