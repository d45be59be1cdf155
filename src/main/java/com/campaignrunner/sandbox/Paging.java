package com.campaignrunner.sandbox;

import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The {@code {data, pagination}} page of the list endpoints, {@code limit} 1 to 1000 (50 unless asked). */
final class Paging {

    private static final int DEFAULT_LIMIT = 50;

    private Paging() {
    }

    static ObjectNode page(JsonMapper json, List<? extends JsonNode> rows, JsonNode query) {
        int limit = query.path("limit").isNumber() ? query.path("limit").asInt() : DEFAULT_LIMIT;
        int offset = query.path("offset").isNumber() ? query.path("offset").asInt() : 0;
        int from = Math.min(offset, rows.size());
        int to = Math.min(from + limit, rows.size());
        ObjectNode page = json.createObjectNode();
        page.putArray("data").addAll(rows.subList(from, to));
        page.putObject("pagination")
                .put("total", rows.size())
                .put("limit", limit)
                .put("offset", offset)
                .put("has_more", to < rows.size());
        return page;
    }

    static boolean matches(String filterText, String... values) {
        if (filterText == null || filterText.isBlank()) {
            return true;
        }
        String needle = filterText.trim().toLowerCase(Locale.ROOT);
        for (String value : values) {
            if (value != null && value.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }
}
