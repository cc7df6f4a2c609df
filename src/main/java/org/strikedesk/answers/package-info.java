/** The commands that answer questions from the figures, the calendar and the directory, and their buttons. */
package org.strikedesk.answers;
