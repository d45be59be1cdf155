package com.campaignrunner.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks requests against the vendor's request schemas, kept as a resource next to this class.
 *
 * <p>Only the keywords the vendor's schemas use are understood: type, nullable (the OpenAPI 3.0 way), enum,
 * minLength, format uuid, minimum, maximum, minItems, required, properties, items and anyOf. Unknown fields are
 * tolerated, as the real API does. The first problem found is reported with the field's path in {@code name}.
 */
final class ContractValidator {

    private static final Pattern UUID_SHAPE =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final JsonNode contract;

    private ContractValidator(JsonNode contract) {
        this.contract = contract;
    }

    static ContractValidator load(JsonMapper json) {
        try (InputStream in = ContractValidator.class.getResourceAsStream("jobmojito-contract.json")) {
            if (in == null) {
                throw new IllegalStateException("jobmojito-contract.json is missing from the classpath");
            }
            return new ContractValidator(json.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks a 200 answer against the vendor's schema, for tests that prove the sandbox answers alike. */
    void validateResponse(String endpoint, JsonNode answer) {
        validate(endpoint(endpoint).path("response"), answer, "");
    }

    void validateRequest(String endpoint, JsonNode body) {
        validate(endpoint(endpoint).path("request"), body, "");
    }

    /** The knowledge base upload takes a second, JSON body shape besides multipart. */
    void validateAlternativeRequest(String endpoint, JsonNode body) {
        validate(endpoint(endpoint).path("request_alt"), body, "");
    }

    /**
     * Turns query parameters into the JSON the schema describes: numbers where it wants numbers, so that
     * {@code limit=abc} is reported as a type error on {@code limit}.
     */
    ObjectNode queryAsJson(String endpoint, Map<String, String> query, JsonMapper json) {
        JsonNode properties = endpoint(endpoint).path("request").path("properties");
        ObjectNode node = json.createObjectNode();
        query.forEach((name, value) -> {
            String type = properties.path(name).path("type").asString("");
            node.set(name, typedQueryValue(type, value, json));
        });
        return node;
    }

    private static JsonNode typedQueryValue(String type, String value, JsonMapper json) {
        try {
            if (type.equals("integer")) {
                return json.getNodeFactory().numberNode(Long.parseLong(value.trim()));
            }
            if (type.equals("number")) {
                return json.getNodeFactory().numberNode(Double.parseDouble(value.trim()));
            }
        } catch (NumberFormatException notANumber) {
            // Left as text so that the type check names the parameter.
        }
        return json.getNodeFactory().stringNode(value);
    }

    private JsonNode endpoint(String endpoint) {
        JsonNode node = contract.path(endpoint);
        if (node.isMissingNode()) {
            throw new IllegalArgumentException("No contract for " + endpoint);
        }
        return node;
    }

    private void validate(JsonNode schema, JsonNode value, String path) {
        if (schema.isMissingNode() || schema.isEmpty()) {
            return;
        }
        if (value.isNull()) {
            if (schema.path("nullable").asBoolean(false) || !schema.has("type") && !schema.has("anyOf")) {
                return;
            }
            if (schema.has("anyOf") && anyAcceptsNull(schema.path("anyOf"))) {
                return;
            }
            throw ApiError.invalidField(path, "Field must not be null.");
        }
        if (schema.has("anyOf")) {
            validateAnyOf(schema.path("anyOf"), value, path);
        }
        String type = schema.path("type").asString("");
        checkType(type, value, path);
        checkEnum(schema.path("enum"), value, path);
        if (value.isString()) {
            checkString(schema, value.asString(), path);
        }
        if (value.isNumber()) {
            checkBounds(schema, value.asDouble(), path);
        }
        if (value.isArray()) {
            checkArray(schema, value, path);
        }
        if (value.isObject()) {
            checkObject(schema, value, path);
        }
    }

    private static boolean anyAcceptsNull(JsonNode branches) {
        for (JsonNode branch : branches) {
            if (branch.path("nullable").asBoolean(false)) {
                return true;
            }
        }
        return false;
    }

    private void validateAnyOf(JsonNode branches, JsonNode value, String path) {
        ApiError first = null;
        for (JsonNode branch : branches) {
            try {
                validate(branch, value, path);
                return;
            } catch (ApiError e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static void checkType(String type, JsonNode value, String path) {
        boolean ok = switch (type) {
            case "string" -> value.isString();
            case "integer" -> value.isIntegralNumber()
                    || value.isNumber() && value.asDouble() == Math.rint(value.asDouble());
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "array" -> value.isArray();
            case "object" -> value.isObject();
            default -> true;
        };
        if (!ok) {
            String article = type.equals("array") || type.equals("object") || type.equals("integer") ? "an " : "a ";
            throw ApiError.invalidField(path, "Field must be " + article + type + ".");
        }
    }

    private static void checkEnum(JsonNode allowed, JsonNode value, String path) {
        if (!allowed.isArray()) {
            return;
        }
        for (JsonNode candidate : allowed) {
            if (candidate.equals(value)) {
                return;
            }
        }
        StringBuilder list = new StringBuilder();
        for (JsonNode candidate : allowed) {
            list.append(list.length() == 0 ? "" : ", ").append(candidate.asString());
        }
        throw ApiError.invalidField(path, "Field must be one of: " + list + ".");
    }

    private static void checkString(JsonNode schema, String text, String path) {
        int minLength = schema.path("minLength").asInt(0);
        if (text.length() < minLength) {
            throw ApiError.invalidField(path, minLength == 1 ? "Field is required." :
                    "Field must be at least " + minLength + " characters long.");
        }
        if (schema.path("format").asString("").equals("uuid") && !isUuid(text)) {
            throw ApiError.invalidField(path, "Field must be a valid UUID.");
        }
    }

    static boolean isUuid(String text) {
        return text != null && UUID_SHAPE.matcher(text).matches();
    }

    private static void checkBounds(JsonNode schema, double number, String path) {
        if (schema.has("minimum") && number < schema.path("minimum").asDouble()) {
            throw ApiError.invalidField(path, "Field must be at least " + plain(schema.path("minimum")) + ".");
        }
        if (schema.has("maximum") && number > schema.path("maximum").asDouble()) {
            throw ApiError.invalidField(path, "Field must be at most " + plain(schema.path("maximum")) + ".");
        }
    }

    private static String plain(JsonNode number) {
        double value = number.asDouble();
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private void checkArray(JsonNode schema, JsonNode array, String path) {
        int minItems = schema.path("minItems").asInt(0);
        if (array.size() < minItems) {
            throw ApiError.invalidField(path, "Field must contain at least " + minItems + " item(s).");
        }
        JsonNode items = schema.path("items");
        for (int i = 0; i < array.size(); i++) {
            validate(items, array.get(i), path + "[" + i + "]");
        }
    }

    private void checkObject(JsonNode schema, JsonNode object, String path) {
        for (JsonNode required : schema.path("required")) {
            String name = required.asString();
            if (!object.has(name)) {
                throw ApiError.requiredField(child(path, name));
            }
        }
        JsonNode properties = schema.path("properties");
        Iterator<String> names = properties.propertyNames().iterator();
        while (names.hasNext()) {
            String name = names.next();
            if (object.has(name)) {
                validate(properties.path(name), object.get(name), child(path, name));
            }
        }
    }

    private static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
