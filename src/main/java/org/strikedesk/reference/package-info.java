/** The directory and the strike calendar as loaded, with the resolvers built on them. */
package org.strikedesk.reference;
