/** The Discord adapter, and the only package that knows JDA: commands become slash commands, replies embeds. */
package org.strikedesk.discord;
