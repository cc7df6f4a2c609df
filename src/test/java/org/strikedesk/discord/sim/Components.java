package org.strikedesk.discord.sim;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Limits of classic message components: at most 5 action rows, each holding up to 5 buttons or a
 * single select menu; every non-link component has a unique {@code custom_id} of 1-100 characters. A button of the
 * Link style (5) has a {@code url} of at most 512 characters and no {@code custom_id}, and other buttons no
 * {@code url} (docs {@code developers/components/reference.mdx}, "Button": "Link buttons must have a url, and cannot
 * have a custom_id"; "Non-link and non-premium buttons must have a custom_id, and cannot have a url").
 */
final class Components {
    private static final int ACTION_ROW = 1;
    private static final int BUTTON = 2;
    private static final int STRING_SELECT = 3;
    private static final int LINK_STYLE = 5;
    private static final int PREMIUM_STYLE = 6;

    private Components() {}

    static void check(JsonNode rows, List<DiscordRules.Breach> breaches) {
        if (rows.size() > 5) {
            breaches.add(breach(rows.size() + " action rows, max 5"));
        }
        Set<String> ids = new HashSet<>();
        for (JsonNode row : rows) {
            if (row.path("type").asInt() != ACTION_ROW) {
                breaches.add(breach("top-level component of type " + row.path("type") + " needs IS_COMPONENTS_V2"));
                continue;
            }
            JsonNode children = row.path("components");
            long buttons = 0;
            for (JsonNode c : children) {
                buttons += c.path("type").asInt() == BUTTON ? 1 : 0;
                checkOne(c, ids, breaches);
            }
            if (buttons > 5 || children.isEmpty() || (buttons < children.size() && children.size() > 1)) {
                breaches.add(breach("an action row holds 1-5 buttons or one select menu, got " + children));
            }
        }
    }

    private static void checkOne(JsonNode component, Set<String> ids, List<DiscordRules.Breach> breaches) {
        int style = component.path("style").asInt();
        boolean needsId = component.path("type").asInt() != BUTTON || (style != LINK_STYLE && style != PREMIUM_STYLE);
        if (!needsId) {
            if (style == LINK_STYLE && !component.path("url").isTextual()) {
                breaches.add(breach("link button without url"));
            }
            if (style == LINK_STYLE && DiscordRules.length(component.path("url").asText("")) > 512) {
                breaches.add(breach("link button url longer than 512 characters"));
            }
            if (component.has("custom_id")) {
                breaches.add(breach("a link button cannot have a custom_id"));
            }
            return;
        }
        if (component.path("type").asInt() == BUTTON && component.has("url")) {
            breaches.add(breach("a button that is not a link cannot have a url"));
        }
        String id = component.path("custom_id").asText("");
        int length = DiscordRules.length(id);
        if (length < 1 || length > 100) {
            breaches.add(breach("custom_id has " + length + " characters (1-100)"));
        }
        if (!ids.add(id)) {
            breaches.add(breach("duplicate custom_id " + id));
        }
        if (DiscordRules.length(component.path("label").asText("")) > 80) {
            breaches.add(breach("button label longer than 80 characters"));
        }
        if (component.path("type").asInt() == STRING_SELECT) {
            checkSelect(component, breaches);
        }
    }

    /**
     * A string select: 1-25 options, each label and value 1-100 characters and description up to 100, the placeholder
     * up to 150 (docs {@code developers/components/reference.mdx}, "String Select" and "Select Option Structure").
     */
    private static void checkSelect(JsonNode select, List<DiscordRules.Breach> breaches) {
        JsonNode options = select.path("options");
        if (options.size() < 1 || options.size() > 25) {
            breaches.add(breach("a string select has " + options.size() + " options (1-25)"));
        }
        if (DiscordRules.length(select.path("placeholder").asText("")) > 150) {
            breaches.add(breach("select placeholder longer than 150 characters"));
        }
        Set<String> values = new HashSet<>();
        for (JsonNode option : options) {
            int label = DiscordRules.length(option.path("label").asText(""));
            int value = DiscordRules.length(option.path("value").asText(""));
            if (label < 1 || label > 100 || value < 1 || value > 100) {
                breaches.add(breach("select option label or value outside 1-100 characters: " + option));
            }
            if (DiscordRules.length(option.path("description").asText("")) > 100) {
                breaches.add(breach("select option description longer than 100 characters"));
            }
            if (!values.add(option.path("value").asText())) {
                breaches.add(breach("two select options share the value " + option.path("value")));
            }
        }
    }

    private static DiscordRules.Breach breach(String detail) {
        return DiscordRules.reject(DiscordRules.COMPONENT_LIMITS, detail);
    }
}
