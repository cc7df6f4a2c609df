/** StrikeDesk: a Discord bot that answers newsroom questions about the NHS strikes in England. */
package org.strikedesk;
