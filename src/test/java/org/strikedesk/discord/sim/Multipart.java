package org.strikedesk.discord.sim;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.MultipartReader;
import okio.Buffer;

/** Splits a multipart/form-data body into its {@code payload_json} and {@code files[n]} parts. */
final class Multipart {
    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("(?<![a-z])name=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"");

    record Parsed(JsonNode payload, List<UploadedFile> files) {}

    private Multipart() {}

    static boolean isMultipart(String contentType) {
        return contentType != null
                && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    static Parsed parse(byte[] body, String contentType) throws IOException {
        Matcher boundary = BOUNDARY.matcher(contentType);
        if (!boundary.find()) {
            throw new IOException("multipart body without boundary: " + contentType);
        }
        JsonNode payload = null;
        List<UploadedFile> files = new ArrayList<>();
        try (MultipartReader reader = new MultipartReader(new Buffer().write(body), boundary.group(1))) {
            for (MultipartReader.Part next = reader.nextPart(); next != null; next = reader.nextPart()) {
                try (MultipartReader.Part part = next) {
                    String disposition = part.headers().get("Content-Disposition");
                    String name = group(NAME, disposition);
                    byte[] bytes = part.body().readByteArray();
                    if ("payload_json".equals(name)) {
                        payload = Json.parse(bytes);
                    } else {
                        String type = part.headers().get("Content-Type");
                        files.add(new UploadedFile(name, group(FILENAME, disposition), type, bytes));
                    }
                }
            }
        }
        return new Parsed(payload, files);
    }

    private static String group(Pattern pattern, String header) {
        if (header == null) {
            return null;
        }
        Matcher m = pattern.matcher(header);
        return m.find() ? m.group(1) : null;
    }
}
