package org.strikedesk.discord.sim;

/** A guild role. The role whose id equals the guild id is @everyone, as on Discord. */
public record SimRole(String id, String name, long permissions, int position) {}
