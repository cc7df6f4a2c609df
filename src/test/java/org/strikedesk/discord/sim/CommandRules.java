package org.strikedesk.discord.sim;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Discord's limits on application command definitions: names, descriptions, option and choice
 * counts, option order, the 8000-character total per command and the number of commands per scope.
 */
final class CommandRules {
    static final Pattern NAME = Pattern.compile("^[-_'\\p{L}\\p{N}\\p{sc=Deva}\\p{sc=Thai}]{1,32}$");
    private static final int CHAT_INPUT = 1;
    private static final int SUB_COMMAND = 1;
    private static final int SUB_COMMAND_GROUP = 2;

    private CommandRules() {}

    /** Checks a bulk overwrite: each command, duplicate names and the per-type counts. */
    static List<DiscordRules.Breach> bulk(JsonNode commands) {
        List<DiscordRules.Breach> breaches = new ArrayList<>();
        if (!commands.isArray()) {
            breaches.add(breach("body must be an array of commands"));
            return breaches;
        }
        Set<String> seen = new HashSet<>();
        int[] perType = new int[4];
        for (JsonNode command : commands) {
            int type = command.path("type").asInt(CHAT_INPUT);
            perType[Math.min(Math.max(type, 0), 3)]++;
            if (!seen.add(type + "/" + command.path("name").asText())) {
                breaches.add(
                        breach("duplicate command name " + command.path("name").asText()));
            }
            breaches.addAll(single(command));
        }
        if (perType[CHAT_INPUT] > 100) {
            breaches.add(breach(perType[CHAT_INPUT] + " slash commands, max 100"));
        }
        if (perType[2] > 15 || perType[3] > 15) {
            breaches.add(breach("more than 15 user or message commands"));
        }
        return breaches;
    }

    static List<DiscordRules.Breach> single(JsonNode command) {
        List<DiscordRules.Breach> breaches = new ArrayList<>();
        String name = command.path("name").asText("");
        if (command.path("type").asInt(CHAT_INPUT) != CHAT_INPUT) {
            if (name.isEmpty() || DiscordRules.length(name) > 32) {
                breaches.add(breach("context menu command name must have 1-32 characters"));
            }
            return breaches;
        }
        checkName("command", name, breaches);
        checkDescription("command " + name, command.path("description"), breaches);
        options(name, command.path("options"), 0, breaches);
        int total = characters(command);
        if (total > 8000) {
            breaches.add(breach("command " + name + " has " + total + " characters in total, max 8000"));
        }
        return breaches;
    }

    private static void options(String owner, JsonNode options, int depth, List<DiscordRules.Breach> breaches) {
        if (options.size() > 25) {
            breaches.add(breach(owner + " has " + options.size() + " options, max 25"));
        }
        boolean optionalSeen = false;
        for (JsonNode option : options) {
            String name = option.path("name").asText("");
            int type = option.path("type").asInt();
            checkName("option", name, breaches);
            checkDescription("option " + name, option.path("description"), breaches);
            if (type == SUB_COMMAND || type == SUB_COMMAND_GROUP) {
                if (depth >= (type == SUB_COMMAND_GROUP ? 1 : 2)) {
                    breaches.add(breach("sub-command " + name + " nested too deeply"));
                }
                options(owner + " " + name, option.path("options"), depth + 1, breaches);
                continue;
            }
            boolean required = option.path("required").asBoolean(false);
            if (required && optionalSeen) {
                breaches.add(breach("required option " + name + " follows an optional one"));
            }
            optionalSeen |= !required;
            choices(name, option, breaches);
        }
    }

    private static void choices(String option, JsonNode definition, List<DiscordRules.Breach> breaches) {
        JsonNode choices = definition.path("choices");
        if (choices.size() > 25) {
            breaches.add(breach("option " + option + " has " + choices.size() + " choices, max 25"));
        }
        if (!choices.isEmpty() && definition.path("autocomplete").asBoolean(false)) {
            breaches.add(breach("option " + option + " has both choices and autocomplete"));
        }
        for (JsonNode choice : choices) {
            int name = DiscordRules.length(choice.path("name").asText(""));
            JsonNode value = choice.path("value");
            if (name < 1 || name > 100 || (value.isTextual() && DiscordRules.length(value.asText()) > 100)) {
                breaches.add(breach("choice of " + option + " needs name 1-100 and value up to 100 characters"));
            }
        }
    }

    private static void checkName(String what, String name, List<DiscordRules.Breach> breaches) {
        if (!NAME.matcher(name).matches() || !name.equals(name.toLowerCase(Locale.ROOT))) {
            breaches.add(breach(what + " name '" + name + "' must match " + NAME.pattern() + " and be lower case"));
        }
    }

    private static void checkDescription(String what, JsonNode description, List<DiscordRules.Breach> breaches) {
        int length = DiscordRules.length(description.asText(""));
        if (length < 1 || length > 100) {
            breaches.add(breach(what + " description has " + length + " characters (1-100)"));
        }
    }

    /** Name, description, option names and descriptions, choice names and values, recursively. */
    private static int characters(JsonNode node) {
        int total = DiscordRules.length(node.path("name").asText(""))
                + DiscordRules.length(node.path("description").asText(""));
        for (JsonNode choice : node.path("choices")) {
            total += DiscordRules.length(choice.path("name").asText(""))
                    + DiscordRules.length(choice.path("value").asText(""));
        }
        for (JsonNode option : node.path("options")) {
            total += characters(option);
        }
        return total;
    }

    private static DiscordRules.Breach breach(String detail) {
        return DiscordRules.reject(DiscordRules.COMMAND_DEFINITION, detail);
    }
}
