package org.strikedesk.posts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.Invoker;
import org.strikedesk.commands.Lookups;
import org.strikedesk.replies.Reply;
import org.strikedesk.support.AppOnShippedData;
import org.strikedesk.support.RecordingSink;

class SubscribeCommandTest {
    @RegisterExtension
    static final AppOnShippedData shipped = AppOnShippedData.forClass();

    private static final String NEWS = "1300000000000000201";
    private static final Invoker EDITOR =
            new Invoker("1300000000000000300", "editor", true, "1300000000000000200", "1300000000000000202");

    /** A platform on which every channel can be posted in, unless a test says otherwise. */
    @BeforeAll
    static void connect() {
        shipped.app().posts().connect(new RecordingSink());
    }

    @AfterEach
    void unsubscribe() {
        shipped.app()
                .posts()
                .subscriptions()
                .all()
                .forEach(s -> shipped.app().posts().subscriptions().remove(s.channelId(), s.orgCode()));
    }

    private Reply subscribe(String channel) {
        return shipped.app()
                .commands()
                .handle(CommandRequest.of(SubscribeCommand.NAME, Map.of("channel", channel, "trust", "ENHT"), EDITOR));
    }

    @DisplayName("A channel given by its id, or as a channel mention typed at the console, is subscribed by its id")
    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {NEWS, "<#" + NEWS + ">", " " + NEWS + " "})
    void channelIds(String channel) {
        assertThat(subscribe(channel).title()).isEqualTo("Subscribed");
        assertThat(shipped.app().posts().subscriptions().all())
                .singleElement()
                .satisfies(s -> assertThat(s.channelId()).isEqualTo(NEWS));
    }

    @DisplayName("Text that names no channel is refused, and nothing is kept that no post could reach")
    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"news", "#news", "@everyone", "123", "'; DROP TABLE subscriptions; --", "<#news>"})
    void notChannels(String channel) {
        Reply reply = subscribe(channel);

        assertThat(reply.title()).isEqualTo("Which channel?");
        assertThat(shipped.app().posts().subscriptions().all()).isEmpty();
        assertThat(shipped.app()
                        .commands()
                        .handle(CommandRequest.of(UnsubscribeCommand.NAME, Map.of("channel", channel), EDITOR))
                        .title())
                .isEqualTo("Which channel?");
    }

    @DisplayName("No trust follows England; a region follows the region; a trust and a region together are refused")
    @ParameterizedTest(name = "trust \"{0}\", region \"{1}\"")
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {"'' | '' | ENG", "'' | London | Y56", "'' | Y61 | Y61", "ENHT | '' | RWH", "ENHT | London | -"})
    void whatIsFollowed(String trust, String region, String followed) {
        Map<String, String> options = new java.util.HashMap<>(Map.of("channel", NEWS));
        if (!trust.isEmpty()) {
            options.put("trust", trust);
        }
        if (!region.isEmpty()) {
            options.put("region", region);
        }

        Reply reply = shipped.app().commands().handle(CommandRequest.of(SubscribeCommand.NAME, options, EDITOR));

        if (followed.equals("-")) {
            assertThat(reply.title()).isEqualTo("A trust or a region");
            assertThat(shipped.app().posts().subscriptions().all()).isEmpty();
        } else {
            assertThat(reply.title()).isEqualTo("Subscribed");
            assertThat(shipped.app().posts().subscriptions().all())
                    .singleElement()
                    .satisfies(s -> assertThat(s.orgCode()).isEqualTo(followed));
        }
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(
                        new ChannelAccess.Missing(List.of("Send Messages", "Embed Links")),
                        "StrikeDesk is missing Send Messages and Embed Links in <#" + NEWS + ">"),
                Arguments.of(
                        new ChannelAccess.NotInServer("https://discord.com/oauth2/authorize?client_id=1"),
                        "without its bot user, which is what posts. Add it again with the bot scope, then /subscribe"
                                + " again: https://discord.com/oauth2/authorize?client_id=1"),
                Arguments.of(
                        new ChannelAccess.Unreachable("it is not a text channel"),
                        "StrikeDesk cannot post in <#" + NEWS + ">: it is not a text channel."));
    }

    @DisplayName("A channel StrikeDesk cannot post in is refused, to the asker alone, saying what to change")
    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusals(ChannelAccess access, String expected) {
        SubscribeCommand command = new SubscribeCommand(
                shipped.app().posts().subscriptions(), new Lookups(shipped.app().reference()), (g, c) -> access);

        Reply reply = command.handle(CommandRequest.of(SubscribeCommand.NAME, Map.of("channel", NEWS), EDITOR));

        assertThat(reply.title()).isEqualTo("StrikeDesk cannot post there");
        assertThat(reply.text()).contains(expected);
        assertThat(reply.ephemeral()).isTrue();
        assertThat(shipped.app().posts().subscriptions().all()).isEmpty();
    }
}
