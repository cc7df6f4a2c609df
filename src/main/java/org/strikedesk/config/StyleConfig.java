package org.strikedesk.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/**
 * House style the newsroom may choose.
 *
 * @param quoteVerb the verb used in ready-to-paste quotes: {@code rescheduled} (NHS England's term) or
 *     {@code cancelled}
 * @param percent how percentages are written: {@code %} or {@code per cent}
 */
public record StyleConfig(String quoteVerb, String percent) {
    public static final StyleConfig DEFAULT = new StyleConfig("rescheduled", "%");

    @JsonCreator
    public StyleConfig(@JsonProperty("quoteVerb") String quoteVerb, @JsonProperty("percent") String percent) {
        this.quoteVerb = quoteVerb == null ? "rescheduled" : quoteVerb.toLowerCase(Locale.ROOT);
        this.percent = percent == null ? "%" : percent.toLowerCase(Locale.ROOT);
        if (!this.quoteVerb.equals("rescheduled") && !this.quoteVerb.equals("cancelled")) {
            throw new ConfigException(
                    "style.quoteVerb must be \"rescheduled\" or \"cancelled\", not \"" + quoteVerb + "\"");
        }
        if (!this.percent.equals("%") && !this.percent.equals("per cent")) {
            throw new ConfigException("style.percent must be \"%\" or \"per cent\", not \"" + percent + "\"");
        }
    }
}
