package org.strikedesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How large a file an answer may carry, read from the interaction as Discord sends it: {@code attachment_size_limit}
 * in the INTERACTION_CREATE payload (docs {@code interactions/receiving-and-responding.mdx}, Interaction Structure),
 * which JDA 6.5 does not read; Discord's default of 10 MiB ({@code reference.mdx}, "Uploading Files") without it.
 */
class InteractionListenerTest {

    /** An event as JDA hands it over with event passthrough on: the gateway payload it was made from. */
    private static GenericEvent event(String payload) {
        DataObject raw = payload == null ? null : DataObject.fromJson(payload);
        return new GenericEvent() {
            @Override
            public JDA getJDA() {
                throw new UnsupportedOperationException("not needed");
            }

            @Override
            public long getResponseNumber() {
                return 1;
            }

            @Override
            public DataObject getRawData() {
                return raw;
            }
        };
    }

    @DisplayName("The limit is the interaction's attachment_size_limit, else Discord's default of 10 MiB")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            a boosted server (Tier 2)   | {"op":0,"t":"INTERACTION_CREATE","d":{"attachment_size_limit":52428800}} | 52428800
            the default                 | {"op":0,"t":"INTERACTION_CREATE","d":{"attachment_size_limit":10485760}} | 10485760
            a payload without the field | {"op":0,"t":"INTERACTION_CREATE","d":{"id":"1"}}                         | 10485760
            no payload kept             | -                                                                        | 10485760
            a nonsensical limit         | {"op":0,"t":"INTERACTION_CREATE","d":{"attachment_size_limit":0}}        | 10485760
            """)
    void maxFileBytes(String what, String payload, long expected) {
        assertThat(InteractionRequests.maxFileBytes(event(payload))).isEqualTo(expected);
        assertThat((long) Message.MAX_FILE_SIZE).isEqualTo(10L * 1024 * 1024);
    }
}
