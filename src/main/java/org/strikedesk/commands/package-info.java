/** The slash commands, each defined once without any chat platform: its spec, its handler, its completions. */
package org.strikedesk.commands;
