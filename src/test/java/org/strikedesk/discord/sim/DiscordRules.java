package org.strikedesk.discord.sim;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Discord's documented limits for message-bearing requests, checked on every message the bot
 * sends or edits. Each check yields {@link Breach}es; breaches Discord rejects make the simulator
 * answer 400 like Discord, the others (mentions) are accepted but still recorded as violations.
 * The public constants are the rule names found in {@link Violation#rule()}.
 */
public final class DiscordRules {
    public static final String ALLOWED_MENTIONS = "allowed-mentions";
    public static final String CONTENT_LENGTH = "content-length";
    public static final String EMPTY_MESSAGE = "empty-message";
    public static final String EMBED_LIMITS = "embed-limits";
    public static final String COMPONENT_LIMITS = "component-limits";
    public static final String ATTACHMENT_LIMITS = "attachment-limits";
    public static final String ATTACHMENT_METADATA = "attachment-metadata";
    public static final String NONCE = "nonce";
    public static final String ACK_DEADLINE = "ack-deadline";
    public static final String DOUBLE_ACK = "double-ack";
    public static final String CALLBACK_TYPE = "callback-type";
    public static final String TOKEN_LIFETIME = "token-lifetime";
    public static final String NOT_ACKNOWLEDGED = "not-acknowledged";
    public static final String AUTOCOMPLETE_CHOICES = "autocomplete-choices";
    public static final String MODAL = "modal";
    public static final String COMMAND_DEFINITION = "command-definition";

    static final int MAX_CONTENT = 2000;
    static final int MAX_EMBEDS = 10;
    static final int MAX_EMBED_TOTAL = 6000;
    static final int MAX_FILES = 10;
    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    static final int MAX_ATTACHMENT_DESCRIPTION = 1024;
    static final int COMPONENTS_V2_FLAG = 1 << 15;

    /** One broken rule. {@code rejected}: Discord refuses the request (400) rather than obeying it. */
    record Breach(String rule, String detail, boolean rejected) {}

    enum Kind {
        CREATE,
        EDIT
    }

    private DiscordRules() {}

    /** All message checks for a create (callback 4, follow-up, channel post) or an edit. */
    static List<Breach> message(JsonNode body, List<UploadedFile> files, Kind kind) {
        List<Breach> breaches = new ArrayList<>();
        String content = body.path("content").isTextual() ? body.get("content").asText() : null;
        if (content != null && length(content) > MAX_CONTENT) {
            breaches.add(reject(CONTENT_LENGTH, "content has " + length(content) + " characters, max " + MAX_CONTENT));
        }
        boolean v2 = (body.path("flags").asInt() & COMPONENTS_V2_FLAG) != 0;
        if (kind == Kind.CREATE && isEmpty(body, files, content)) {
            breaches.add(reject(EMPTY_MESSAGE, "no content, embeds, components or files"));
        }
        embeds(body.path("embeds"), breaches);
        if (!v2) {
            Components.check(body.path("components"), breaches);
        }
        attachments(files, breaches);
        attachmentMetadata(body.path("attachments"), files, breaches);
        if (kind == Kind.CREATE || content != null || v2) {
            mentions(body, breaches);
        }
        return breaches;
    }

    /**
     * Every rule a new message's JSON body breaks, as {@code "rule: detail"}: the checks the simulator makes on a
     * message it receives, for tests that check many messages without sending them.
     */
    public static List<String> breaches(JsonNode body) {
        // The body names its files in attachments[]; they would go as files[n] parts beside it.
        List<UploadedFile> parts = new ArrayList<>();
        for (JsonNode entry : body.path("attachments")) {
            String id = entry.path("id").asText("");
            if (isPlaceholder(id)) {
                parts.add(new UploadedFile(
                        "files[" + id + "]", entry.path("filename").asText("file"), null, new byte[0]));
            }
        }
        return message(body, parts, Kind.CREATE).stream()
                .map(breach -> breach.rule() + ": " + breach.detail())
                .toList();
    }

    static Breach reject(String rule, String detail) {
        return new Breach(rule, detail, true);
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static boolean isEmpty(JsonNode body, List<UploadedFile> files, String content) {
        return (content == null || content.isBlank())
                && body.path("embeds").isEmpty()
                && body.path("components").isEmpty()
                && body.path("sticker_ids").isEmpty()
                && !body.has("poll")
                && files.isEmpty();
    }

    private static void embeds(JsonNode embeds, List<Breach> breaches) {
        if (embeds.size() > MAX_EMBEDS) {
            breaches.add(reject(EMBED_LIMITS, embeds.size() + " embeds, max " + MAX_EMBEDS));
        }
        int total = 0;
        for (JsonNode embed : embeds) {
            total += limit(embed.path("title"), 256, "embed title", breaches);
            total += limit(embed.path("description"), 4096, "embed description", breaches);
            total += limit(embed.path("footer").path("text"), 2048, "embed footer text", breaches);
            total += limit(embed.path("author").path("name"), 256, "embed author name", breaches);
            JsonNode fields = embed.path("fields");
            if (fields.size() > 25) {
                breaches.add(reject(EMBED_LIMITS, fields.size() + " embed fields, max 25"));
            }
            for (JsonNode field : fields) {
                total += required(field.path("name"), 256, "embed field name", breaches);
                total += required(field.path("value"), 1024, "embed field value", breaches);
            }
        }
        if (total > MAX_EMBED_TOTAL) {
            breaches.add(reject(EMBED_LIMITS, "embeds total " + total + " characters, max " + MAX_EMBED_TOTAL));
        }
    }

    /** Length of an optional embed text (trimmed, as Discord counts it), recording a breach if too long. */
    private static int limit(JsonNode text, int max, String what, List<Breach> breaches) {
        if (!text.isTextual()) {
            return 0;
        }
        int length = length(text.asText().strip());
        if (length > max) {
            breaches.add(reject(EMBED_LIMITS, what + " has " + length + " characters, max " + max));
        }
        return length;
    }

    private static int required(JsonNode text, int max, String what, List<Breach> breaches) {
        if (!text.isTextual() || text.asText().isBlank()) {
            breaches.add(reject(EMBED_LIMITS, what + " is required"));
            return 0;
        }
        return limit(text, max, what, breaches);
    }

    private static void attachments(List<UploadedFile> files, List<Breach> breaches) {
        if (files.size() > MAX_FILES) {
            breaches.add(reject(ATTACHMENT_LIMITS, files.size() + " files, max " + MAX_FILES));
        }
        for (UploadedFile file : files) {
            if (file.bytes().length > MAX_FILE_BYTES) {
                breaches.add(reject(ATTACHMENT_LIMITS, file.filename() + " is larger than 10 MiB"));
            }
        }
    }

    /**
     * {@code attachments[]} against the file parts (docs {@code reference.mdx}, "Uploading Files": "{@code n} is the
     * placeholder id used in {@code attachments[].id}"; {@code resources/message.mdx}, "Attachment Request
     * Structure"): each entry that is not an existing attachment's snowflake must name a {@code files[n]} part, each
     * part must be listed (from API v10 the list holds every attachment to keep, so an unlisted one is dropped), and
     * a {@code description} (alt text) is at most 1,024 characters. Indices may have gaps: JDA numbers a kept
     * attachment without sending a part for it ({@code AttachedFile#createMultipartBody}).
     */
    private static void attachmentMetadata(JsonNode entries, List<UploadedFile> files, List<Breach> breaches) {
        Set<Integer> parts = new HashSet<>();
        for (UploadedFile file : files) {
            if (file.index() < 0 || file.filename() == null || file.filename().isBlank()) {
                breaches.add(reject(
                        ATTACHMENT_METADATA, "file part " + file.field() + " is not files[n] with a" + " filename"));
            }
            parts.add(file.index());
        }
        Set<Integer> listed = new HashSet<>();
        for (JsonNode entry : entries) {
            String id = entry.path("id").asText("");
            if (isPlaceholder(id)) {
                listed.add(Integer.parseInt(id));
                if (!parts.contains(Integer.parseInt(id))) {
                    breaches.add(
                            reject(ATTACHMENT_METADATA, "attachments[] id " + id + " names no files[" + id + "] part"));
                }
            }
            int description = length(entry.path("description").asText(""));
            if (description > MAX_ATTACHMENT_DESCRIPTION) {
                breaches.add(reject(
                        ATTACHMENT_METADATA,
                        "attachment description has " + description + " characters, max "
                                + MAX_ATTACHMENT_DESCRIPTION));
            }
        }
        if (entries.isArray()) {
            for (int index : parts) {
                if (index >= 0 && !listed.contains(index)) {
                    breaches.add(reject(ATTACHMENT_METADATA, "files[" + index + "] is not listed in attachments[]"));
                }
            }
        }
    }

    /** A new file's placeholder id is its part's index; an existing attachment is named by its snowflake. */
    private static boolean isPlaceholder(String id) {
        return id.matches("\\d{1,3}");
    }

    /**
     * The bot must say explicitly that it pings nobody: {@code allowed_mentions} present, with an
     * empty {@code parse}, no user or role ids and no {@code replied_user}. Discord itself only
     * rejects contradictory settings (parse "users" together with a users list).
     */
    private static void mentions(JsonNode body, List<Breach> breaches) {
        JsonNode allowed = body.path("allowed_mentions");
        if (!allowed.isObject()) {
            breaches.add(new Breach(ALLOWED_MENTIONS, "allowed_mentions is missing (Discord then pings)", false));
            return;
        }
        Set<String> parse = new HashSet<>();
        allowed.path("parse").forEach(p -> parse.add(p.asText()));
        boolean users = !allowed.path("users").isEmpty();
        boolean roles = !allowed.path("roles").isEmpty();
        if ((parse.contains("users") && users) || (parse.contains("roles") && roles)) {
            breaches.add(reject(ALLOWED_MENTIONS, "parse and an id list are mutually exclusive"));
        }
        if (!parse.isEmpty() || users || roles) {
            breaches.add(new Breach(ALLOWED_MENTIONS, "allows mentions: " + allowed, false));
        }
        if (allowed.path("replied_user").asBoolean(false)) {
            breaches.add(new Breach(
                    ALLOWED_MENTIONS,
                    "replied_user is true (JDA's default; MessageRequest.setDefaultMentionRepliedUser(false))",
                    false));
        }
    }

    /** Autocomplete results: at most 25 choices, names 1-100 characters, string values up to 100. */
    static List<Breach> autocomplete(JsonNode data) {
        List<Breach> breaches = new ArrayList<>();
        JsonNode choices = data.path("choices");
        if (!choices.isArray()) {
            breaches.add(reject(AUTOCOMPLETE_CHOICES, "data.choices is missing"));
            return breaches;
        }
        if (choices.size() > 25) {
            breaches.add(reject(AUTOCOMPLETE_CHOICES, choices.size() + " choices, max 25"));
        }
        for (JsonNode choice : choices) {
            int name = length(choice.path("name").asText(""));
            if (name < 1 || name > 100) {
                breaches.add(reject(AUTOCOMPLETE_CHOICES, "choice name has " + name + " characters (1-100)"));
            }
            JsonNode value = choice.path("value");
            if (value.isTextual() && length(value.asText()) > 100) {
                breaches.add(reject(AUTOCOMPLETE_CHOICES, "choice value longer than 100 characters"));
            }
        }
        return breaches;
    }

    /** Modal: custom_id 1-100, title 1-45, between 1 and 5 top-level components. */
    static List<Breach> modal(JsonNode data) {
        List<Breach> breaches = new ArrayList<>();
        int id = length(data.path("custom_id").asText(""));
        int title = length(data.path("title").asText(""));
        int components = data.path("components").size();
        if (id < 1 || id > 100 || title < 1 || title > 45 || components < 1 || components > 5) {
            breaches.add(reject(MODAL, "modal needs custom_id 1-100, title 1-45, 1-5 components"));
        }
        return breaches;
    }
}
