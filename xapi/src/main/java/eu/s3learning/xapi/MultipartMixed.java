package eu.s3learning.xapi;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code multipart/mixed} bodies (RFC 2046), in which statements travel with their attachments: read from a
 * request, written into a response.
 */
public final class MultipartMixed {

    private static final Pattern BOUNDARY = Pattern.compile("(?i);\\s*boundary\\s*=\\s*(\"([^\"]+)\"|[^;\\s]+)");
    private static final byte[] CRLF = {'\r', '\n'};
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One part: its headers (names case-insensitive) and its bytes. */
    public record Part(Map<String, String> headers, byte[] content) {

        public String header(String name) {
            return headers.get(name);
        }

        public String mediaType() {
            String type = headers.get("Content-Type");
            if (type == null) {
                return "";
            }
            int semicolon = type.indexOf(';');
            return (semicolon < 0 ? type : type.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
        }
    }

    private MultipartMixed() {
    }

    /** The boundary named by a Content-Type header, or null. */
    public static String boundary(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = BOUNDARY.matcher(contentType);
        if (!m.find()) {
            return null;
        }
        return m.group(2) != null ? m.group(2) : m.group(1);
    }

    /** The parts of a body; a body without its boundary lines, or with broken part headers, is a 400. */
    public static List<Part> parse(byte[] body, String boundary) {
        if (boundary == null || boundary.isEmpty() || boundary.length() > 70) {
            throw new MalformedMultipart("A multipart/mixed request needs a boundary parameter of 1 to 70 characters");
        }
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int at = indexOf(body, delimiter, 0);
        if (at < 0 || (at > 0 && !precededByLineBreak(body, at))) {
            throw new MalformedMultipart("The multipart body does not contain its boundary");
        }
        List<Part> parts = new ArrayList<>();
        int position = at + delimiter.length;
        while (true) {
            if (startsWith(body, position, new byte[] {'-', '-'})) {
                return parts;
            }
            position = skipLine(body, position);
            int next = nextDelimiter(body, delimiter, position);
            if (next < 0) {
                throw new MalformedMultipart("The multipart body ends without its closing boundary");
            }
            int end = next;
            if (end >= 2 && body[end - 2] == '\r' && body[end - 1] == '\n') {
                end -= 2;
            } else if (end >= 1 && body[end - 1] == '\n') {
                end -= 1;
            }
            parts.add(part(body, position, Math.max(position, end)));
            position = next + delimiter.length;
        }
    }

    private static Part part(byte[] body, int from, int to) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        int position = from;
        while (true) {
            int lineEnd = indexOf(body, new byte[] {'\n'}, position);
            if (lineEnd < 0 || lineEnd > to) {
                throw new MalformedMultipart("A multipart part has no blank line after its headers");
            }
            String line = new String(body, position, lineEnd - position, StandardCharsets.ISO_8859_1).stripTrailing();
            position = lineEnd + 1;
            if (line.isEmpty()) {
                break;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new MalformedMultipart("A multipart part has a broken header line: " + shorten(line));
            }
            headers.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
        }
        byte[] content = new byte[Math.max(0, to - position)];
        System.arraycopy(body, position, content, 0, content.length);
        return new Part(headers, content);
    }

    /** A body of parts and the Content-Type header that names its boundary. */
    public record Written(String contentType, byte[] body) {
    }

    /**
     * Statements as xAPI sends them with their attachments (1.0.3, part three, "multipart/mixed"): their JSON first, then each
     * content once, however many statements name its SHA-2.
     */
    public static Written statements(String json, Collection<AttachmentContent> contents) {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part(Map.of("Content-Type", "application/json"), json.getBytes(StandardCharsets.UTF_8)));
        Set<String> written = new HashSet<>();
        for (AttachmentContent content : contents) {
            if (written.add(content.sha2())) {
                Map<String, String> headers = new LinkedHashMap<>();
                headers.put("Content-Type", content.contentType());
                headers.put("Content-Transfer-Encoding", "binary");
                headers.put("X-Experience-API-Hash", content.sha2());
                parts.add(new Part(headers, content.content()));
            }
        }
        return write(parts);
    }

    public static Written write(List<Part> parts) {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String boundary = "s3lrs" + HexFormat.of().formatHex(random);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part part : parts) {
            out.writeBytes(("--" + boundary).getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes(CRLF);
            part.headers().forEach((name, value) -> {
                out.writeBytes((name + ": " + value).getBytes(StandardCharsets.UTF_8));
                out.writeBytes(CRLF);
            });
            out.writeBytes(CRLF);
            out.writeBytes(part.content());
            out.writeBytes(CRLF);
        }
        out.writeBytes(("--" + boundary + "--").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(CRLF);
        return new Written("multipart/mixed; boundary=" + boundary, out.toByteArray());
    }

    private static int nextDelimiter(byte[] body, byte[] delimiter, int from) {
        int at = from;
        while (true) {
            at = indexOf(body, delimiter, at);
            if (at < 0 || (precededByLineBreak(body, at) && endsDelimiterLine(body, at + delimiter.length))) {
                return at;
            }
            at++;
        }
    }

    /** A delimiter is a line of its own: the boundary, "--" if it closes, then only spaces to the line's end. */
    private static boolean endsDelimiterLine(byte[] body, int from) {
        int at = from;
        if (startsWith(body, at, new byte[] {'-', '-'})) {
            return true;
        }
        while (at < body.length && (body[at] == ' ' || body[at] == '\t')) {
            at++;
        }
        return at == body.length || body[at] == '\r' || body[at] == '\n';
    }

    private static boolean precededByLineBreak(byte[] body, int at) {
        return at > 0 && body[at - 1] == '\n';
    }

    private static int skipLine(byte[] body, int from) {
        int lineEnd = indexOf(body, new byte[] {'\n'}, from);
        if (lineEnd < 0) {
            throw new MalformedMultipart("The multipart body ends after a boundary");
        }
        return lineEnd + 1;
    }

    private static boolean startsWith(byte[] body, int at, byte[] prefix) {
        if (at + prefix.length > body.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (body[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] body, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= body.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (body[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String shorten(String line) {
        return line.length() > 60 ? line.substring(0, 60) + "…" : line;
    }
}
