package com.campaignrunner.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an endpoint answers, and what its ledger line should say beyond the request itself: credits charged,
 * rows that succeeded, and a per-row fault.
 */
record SandboxResponse(
        int status,
        String contentType,
        byte[] body,
        Map<String, String> headers,
        double credits,
        List<String> succeededRows,
        String fault) {

    private static final String JSON_TYPE = "application/json; charset=utf-8";

    static SandboxResponse json(JsonMapper json, int status, JsonNode body) {
        return new SandboxResponse(status, JSON_TYPE, json.writeValueAsBytes(body), Map.of(), 0, List.of(), null);
    }

    static SandboxResponse ok(JsonMapper json, JsonNode body) {
        return json(json, 200, body);
    }

    static SandboxResponse error(JsonMapper json, int status, String message, String field) {
        ObjectNode body = json.createObjectNode().put("error", message);
        if (field != null) {
            body.put("name", field);
        }
        return json(json, status, body);
    }

    static SandboxResponse bytes(int status, String contentType, byte[] body) {
        return new SandboxResponse(status, contentType, body, Map.of(), 0, List.of(), null);
    }

    static SandboxResponse html(String html) {
        return bytes(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    SandboxResponse charging(double newCredits) {
        return new SandboxResponse(status, contentType, body, headers, newCredits, succeededRows, fault);
    }

    SandboxResponse withSucceededRows(List<String> rows) {
        return new SandboxResponse(status, contentType, body, headers, credits, List.copyOf(rows), fault);
    }

    SandboxResponse withFault(String newFault) {
        return new SandboxResponse(status, contentType, body, headers, credits, succeededRows, newFault);
    }

    SandboxResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new SandboxResponse(status, contentType, body, Map.copyOf(copy), credits, succeededRows, fault);
    }
}
