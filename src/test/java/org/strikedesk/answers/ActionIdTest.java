package org.strikedesk.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.strikedesk.replies.ChartMetric;

class ActionIdTest {

    @DisplayName("Each kind of id reads back as the action it was written from")
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "quote:RWH:2023-04-junior-doctors",
                "quote:ENG:2022-12-21-ambulance",
                "chart:RWH:acute",
                "chart:Y56:outpatient",
                "chart:ENG:staff",
                "post:quote:RWH:2023-04-junior-doctors",
                "post:chart:ENG:inpatient",
                "story:RWH:2023-04-junior-doctors",
                "story:Y63:2023-07-junior-doctors",
                "post:story:ENG:2022-12-rcn"
            })
    void roundTrip(String id) {
        assertThat(ActionId.parse(id))
                .hasValueSatisfying(action -> assertThat(action.id()).isEqualTo(id));
    }

    @DisplayName("Ids outside the grammar are refused")
    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(
            strings = {
                "",
                "quote",
                "quote:RWH",
                "quote:rwh:2023-04-junior-doctors",
                "quote:RWH:2023-04-junior-doctors:more",
                "quote:RWH:2023 04",
                "quote::2023-04-junior-doctors",
                "chart:RWH:pie",
                "chart:RWH:Acute",
                "story:RWH",
                "story:RWH:acute:more",
                "story:rwh:2023-04-junior-doctors",
                "post:",
                "post:post:chart:RWH:acute",
                "cancel:RWH:acute",
                "QUOTE:RWH:2023-04-junior-doctors"
            })
    void malformed(String id) {
        assertThat(ActionId.parse(id)).isEmpty();
    }

    @DisplayName("The longest id the grammar allows fits Discord's 100 characters; longer input is refused")
    @Test
    void length() {
        ActionId longest = new ActionId.Post(new ActionId.Quote("ABCDEFGHIJ", "a" + "-".repeat(62)));
        ActionId longestStory = new ActionId.Post(new ActionId.Story("ABCDEFGHIJ", "a" + "-".repeat(62)));

        assertThat(longest.id().length()).isLessThanOrEqualTo(ActionId.MAX_LENGTH);
        assertThat(longestStory.id().length()).isLessThanOrEqualTo(ActionId.MAX_LENGTH);
        assertThat(ActionId.parse("x".repeat(101))).isEmpty();
        assertThatThrownBy(() -> new ActionId.Quote("RWH", "a".repeat(64)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ActionId.quote("RWH", "has:colon")).isEmpty();
    }

    @DisplayName("A Post to channel button posts a quote, a story or a chart, never another post")
    @Test
    void noNestedPosts() {
        ActionId chart = new ActionId.Chart("RWH", ChartMetric.ACUTE);

        assertThatThrownBy(() -> new ActionId.Post(new ActionId.Post(chart)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new ActionId.Post(chart).label()).isEqualTo("Post to channel");
    }

    @Label("Any text reads as an action that writes it back exactly, or is refused; it never throws")
    @Property
    void anyTextParsesOrIsRefusedWithoutThrowing(@ForAll String text) {
        ActionId.parse(text).ifPresent(action -> assertThat(action.id()).isEqualTo(text));
    }

    @Label("Any three colon-separated parts read as an action or are refused; they never throw")
    @Property
    void anyColonSeparatedTextParsesOrIsRefusedWithoutThrowing(
            @ForAll String kind, @ForAll String org, @ForAll String rest) {
        String text = kind + ":" + org + ":" + rest;
        ActionId.parse(text).ifPresent(action -> assertThat(action.id()).isEqualTo(text));
    }
}
