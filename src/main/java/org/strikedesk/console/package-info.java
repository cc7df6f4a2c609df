/** The console: one question with {@code ask}, or many at the {@code shell} prompt, answered as text. */
package org.strikedesk.console;
