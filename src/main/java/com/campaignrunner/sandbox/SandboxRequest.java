package com.campaignrunner.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** One HTTP request as the endpoints see it; the JSON or multipart body is parsed on first use. */
final class SandboxRequest {

    private final String method;
    private final String path;
    private final String rawQuery;
    private final String contentType;
    private final byte[] body;
    private final JsonMapper json;

    private ObjectNode jsonBody;
    private MultipartForm form;

    SandboxRequest(String method, String path, String rawQuery, String contentType, byte[] body, JsonMapper json) {
        this.method = method;
        this.path = path;
        this.rawQuery = rawQuery;
        this.contentType = contentType;
        this.body = body;
        this.json = json;
    }

    String method() {
        return method;
    }

    String path() {
        return path;
    }

    boolean isGet() {
        return method.equals("GET");
    }

    boolean isMultipart() {
        return MultipartForm.isMultipart(contentType);
    }

    /** Query parameters, decoded; the first value wins when a name repeats. */
    Map<String, String> query() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.putIfAbsent(name, value);
        }
        return parameters;
    }

    /** The JSON object sent as the body; an empty body counts as an empty object. */
    ObjectNode jsonBody() {
        if (jsonBody == null) {
            if (body.length == 0) {
                jsonBody = json.createObjectNode();
                return jsonBody;
            }
            JsonNode parsed;
            try {
                parsed = json.readTree(body);
            } catch (JacksonException notJson) {
                throw ApiError.unprocessable("Request body is not valid JSON.");
            }
            if (!(parsed instanceof ObjectNode object)) {
                throw ApiError.unprocessable("Request body must be a JSON object.");
            }
            jsonBody = object;
        }
        return jsonBody;
    }

    MultipartForm form() {
        if (form == null) {
            if (!isMultipart()) {
                throw ApiError.unprocessable("Request body must be multipart/form-data.");
            }
            form = MultipartForm.parse(contentType, body);
        }
        return form;
    }

    /**
     * The fields a ledger line names the candidate by, read without failing: a request the sandbox refused still
     * says whom it was about.
     */
    JsonNode fieldsQuietly() {
        try {
            if (isMultipart()) {
                ObjectNode fields = json.createObjectNode();
                form().parts().values().stream().filter(part -> part.fileName() == null)
                        .forEach(part -> fields.put(part.name(), part.text()));
                return fields;
            }
            return isGet() ? json.createObjectNode() : jsonBody();
        } catch (ApiError unreadable) {
            return json.createObjectNode();
        }
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            return text;
        }
    }
}
