package com.campaignrunner.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A {@code multipart/form-data} body split into its parts. Binary safe: part contents are kept as bytes.
 */
final class MultipartForm {

    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};

    /** One form part; {@code fileName} is null for plain fields. */
    record Part(String name, String fileName, String contentType, byte[] content) {

        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private final Map<String, Part> parts;

    private MultipartForm(Map<String, Part> parts) {
        this.parts = Collections.unmodifiableMap(parts);
    }

    static boolean isMultipart(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    Map<String, Part> parts() {
        return parts;
    }

    Part part(String name) {
        return parts.get(name);
    }

    /** Parses the body; a body that does not follow the boundary it announces is a 422. */
    static MultipartForm parse(String contentType, byte[] body) {
        String boundary = boundary(contentType);
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] innerDelimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);

        int position = indexOf(body, delimiter, 0);
        if (position < 0) {
            throw malformed();
        }
        position += delimiter.length;
        Map<String, Part> parts = new LinkedHashMap<>();
        while (true) {
            if (startsWith(body, position, new byte[] {'-', '-'})) {
                return new MultipartForm(parts);
            }
            position = skipLineEnd(body, position);
            int headerEnd = indexOf(body, HEADER_END, position);
            if (headerEnd < 0) {
                throw malformed();
            }
            String headers = new String(body, position, headerEnd - position, StandardCharsets.UTF_8);
            int contentStart = headerEnd + HEADER_END.length;
            int contentEnd = indexOf(body, innerDelimiter, contentStart);
            if (contentEnd < 0) {
                throw malformed();
            }
            byte[] content = new byte[contentEnd - contentStart];
            System.arraycopy(body, contentStart, content, 0, content.length);
            Part part = part(headers, content);
            parts.putIfAbsent(part.name(), part);
            position = contentEnd + innerDelimiter.length;
        }
    }

    private static String boundary(String contentType) {
        for (String parameter : contentType.split(";")) {
            String trimmed = parameter.trim();
            if (trimmed.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                String value = trimmed.substring("boundary=".length()).trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                if (!value.isEmpty()) {
                    return value;
                }
            }
        }
        throw ApiError.unprocessable("The multipart/form-data content type has no boundary.");
    }

    private static Part part(String headers, byte[] content) {
        String name = null;
        String fileName = null;
        String contentType = null;
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String header = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (header.equals("content-disposition")) {
                name = dispositionParameter(value, "name");
                fileName = dispositionParameter(value, "filename");
            } else if (header.equals("content-type")) {
                contentType = value;
            }
        }
        if (name == null) {
            throw malformed();
        }
        return new Part(name, fileName, contentType, content);
    }

    private static String dispositionParameter(String disposition, String parameter) {
        for (String piece : disposition.split(";")) {
            String trimmed = piece.trim();
            int equals = trimmed.indexOf('=');
            if (equals > 0 && trimmed.substring(0, equals).trim().equalsIgnoreCase(parameter)) {
                String value = trimmed.substring(equals + 1).trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value;
            }
        }
        return null;
    }

    private static int skipLineEnd(byte[] body, int position) {
        if (startsWith(body, position, CRLF)) {
            return position + CRLF.length;
        }
        if (position < body.length && body[position] == '\n') {
            return position + 1;
        }
        throw malformed();
    }

    private static boolean startsWith(byte[] body, int position, byte[] prefix) {
        if (position + prefix.length > body.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (body[position + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] body, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(from, 0); i <= body.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (body[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static ApiError malformed() {
        return ApiError.unprocessable("Request body is not valid multipart/form-data.");
    }
}
