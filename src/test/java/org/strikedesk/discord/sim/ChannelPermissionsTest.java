package org.strikedesk.discord.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The simulator's permission arithmetic against Discord's own description (docs {@code topics/permissions.mdx}:
 * "Permission Overwrites" pseudocode, the worked example of two roles, and "Implicit Permissions"). Expected values
 * are worked by hand from those rules.
 */
class ChannelPermissionsTest {
    private static final String GUILD = "10";
    private static final String REPORTERS = "11";
    private static final String DESK = "12";
    private static final String EDITORS = "13";
    private static final long VIEW = Permissions.VIEW_CHANNEL;
    private static final long SEND = Permissions.SEND_MESSAGES;
    private static final long EMBED = Permissions.EMBED_LINKS;
    private static final long ATTACH = Permissions.ATTACH_FILES;
    private static final long HISTORY = Permissions.READ_MESSAGE_HISTORY;
    private static final long EVERYONE = VIEW | SEND | EMBED | ATTACH | HISTORY;
    private static final SimUser USER = SimUser.human("20", "user");
    private static final SimUser OWNER = SimUser.human("21", "owner");

    /** A guild whose Desk role holds the given permissions (Administrator in most cases here). */
    private static SimGuild guild(long deskRolePermissions) {
        return new SimGuild(
                GUILD,
                "Guild",
                OWNER.id(),
                "en-GB",
                List.of(
                        new SimRole(GUILD, "@everyone", EVERYONE, 0),
                        new SimRole(REPORTERS, "Reporters", 0, 1),
                        new SimRole(DESK, "Desk", deskRolePermissions, 2),
                        new SimRole(EDITORS, "Editors", 0, 3)),
                List.of(),
                List.of());
    }

    private static SimMember member(String... roles) {
        return new SimMember(USER, GUILD, List.of(roles));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("no overwrites: @everyone's role", member(), List.of(), EVERYONE),
                Arguments.of(
                        "@everyone denied View Channel: nothing at all",
                        member(),
                        List.of(SimOverwrite.role(GUILD, 0, VIEW)),
                        0L),
                Arguments.of(
                        "@everyone denied View Channel, a role allows it back",
                        member(REPORTERS),
                        List.of(SimOverwrite.role(GUILD, 0, VIEW), SimOverwrite.role(REPORTERS, VIEW, 0)),
                        EVERYONE),
                Arguments.of(
                        "one role denies Send, another allows it: the allow wins, whatever the positions",
                        member(REPORTERS, EDITORS),
                        List.of(SimOverwrite.role(EDITORS, 0, SEND), SimOverwrite.role(REPORTERS, SEND, 0)),
                        EVERYONE),
                Arguments.of(
                        "a role allows Send, the member's own overwrite denies it: the member's wins",
                        member(REPORTERS),
                        List.of(SimOverwrite.role(REPORTERS, SEND, 0), SimOverwrite.member(USER.id(), 0, SEND)),
                        VIEW | HISTORY),
                Arguments.of(
                        "Send denied: embeds and files go with it, history stays",
                        member(),
                        List.of(SimOverwrite.role(GUILD, 0, SEND)),
                        VIEW | HISTORY),
                Arguments.of(
                        "Embed Links denied alone",
                        member(),
                        List.of(SimOverwrite.role(GUILD, 0, EMBED)),
                        VIEW | SEND | ATTACH | HISTORY),
                Arguments.of(
                        "an overwrite for a role the member does not hold changes nothing",
                        member(),
                        List.of(SimOverwrite.role(REPORTERS, 0, VIEW)),
                        EVERYONE),
                Arguments.of(
                        "Administrator through a role bypasses every overwrite",
                        member(DESK),
                        List.of(SimOverwrite.role(GUILD, 0, VIEW), SimOverwrite.member(USER.id(), 0, VIEW)),
                        Permissions.ALL));
    }

    @DisplayName("Effective permissions in a channel follow Discord's documented order and implicit rules")
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void effective(String description, SimMember member, List<SimOverwrite> overwrites, long expected) {
        long computed = ChannelPermissions.effective(guild(Permissions.ADMINISTRATOR), member, overwrites);

        assertThat(computed).isEqualTo(expected);
    }

    @DisplayName("The owner may do everything, whatever the overwrites say")
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void owner(String description, SimMember member, List<SimOverwrite> overwrites, long ignored) {
        SimMember owner = new SimMember(OWNER, GUILD, member.roleIds());

        assertThat(ChannelPermissions.effective(guild(0), owner, overwrites)).isEqualTo(Permissions.ALL);
    }

    @DisplayName("Explicit permissions (what an interaction carries) leave out the implicit rules")
    @Test
    void explicitLeavesImplicitRulesOut() {
        List<SimOverwrite> noSend = List.of(SimOverwrite.role(GUILD, 0, SEND));
        List<SimOverwrite> noView = List.of(SimOverwrite.role(GUILD, 0, VIEW));

        assertThat(ChannelPermissions.explicit(guild(0), member(), noSend)).isEqualTo(VIEW | EMBED | ATTACH | HISTORY);
        assertThat(ChannelPermissions.explicit(guild(0), member(), noView)).isEqualTo(SEND | EMBED | ATTACH | HISTORY);
    }
}
