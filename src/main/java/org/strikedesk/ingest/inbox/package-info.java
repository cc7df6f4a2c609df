/** The inbox folder: files dropped into it are imported once, then moved to the imported or rejected folder. */
package org.strikedesk.ingest.inbox;
