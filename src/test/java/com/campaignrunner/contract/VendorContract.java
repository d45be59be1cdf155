package com.campaignrunner.contract;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The vendor's contract as JSON Schemas, read from the shared contract folder next to the project. Nullable fields
 * are marked the OpenAPI 3.0 way, which a JSON Schema validator ignores; they are rewritten to allow null.
 */
final class VendorContract {

    static final Path FOLDER = Path.of("..", "shared", "jobmojito-api");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, JsonNode> endpoints = new LinkedHashMap<>();
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .formatAssertionsEnabled(true).build()));

    private VendorContract() {
    }

    /** The contract, or the test is skipped when the folder is not there (a checkout without it). */
    static VendorContract loadOrSkip() {
        Assumptions.assumeTrue(Files.isRegularFile(FOLDER.resolve("endpoints-a.json"))
                        && Files.isRegularFile(FOLDER.resolve("endpoints-b.json")),
                "The vendor contract is not in " + FOLDER.toAbsolutePath().normalize() + "; contract tests skipped");
        VendorContract contract = new VendorContract();
        for (String file : List.of("endpoints-a.json", "endpoints-b.json")) {
            JsonNode root = JSON.readTree(FOLDER.resolve(file).toFile());
            for (String name : root.propertyNames()) {
                if (name.startsWith("/")) {
                    contract.endpoints.put(name, allowNulls(root.get(name).deepCopy()));
                }
            }
        }
        return contract;
    }

    Set<String> paths() {
        return new TreeSet<>(endpoints.keySet());
    }

    String method(String path) {
        return endpoint(path).path("method").asString();
    }

    Set<Integer> statuses(String path) {
        Set<Integer> statuses = new TreeSet<>();
        endpoint(path).path("responses").propertyNames().forEach(status -> statuses.add(Integer.parseInt(status)));
        return statuses;
    }

    /** The request schema, nulls allowed. */
    JsonNode request(String path) {
        return endpoint(path).path("request").deepCopy();
    }

    List<String> required(String path) {
        List<String> required = new java.util.ArrayList<>();
        endpoint(path).path("request").path("required").forEach(name -> required.add(name.asString()));
        return required;
    }

    List<String> requestProblems(String path, JsonNode request) {
        return problems(endpoint(path).path("request"), request);
    }

    List<String> alternativeRequestProblems(String path, JsonNode request) {
        return problems(endpoint(path).path("request_alt").path("schema"), request);
    }

    List<String> responseProblems(String path, int status, JsonNode answer) {
        JsonNode schema = endpoint(path).path("responses").path(Integer.toString(status));
        if (schema.isMissingNode()) {
            return List.of("status " + status + " is not declared for " + path);
        }
        return problems(schema, answer);
    }

    /** The declared type of a query parameter, to read {@code limit=50} as the number the schema wants. */
    String queryType(String path, String parameter) {
        JsonNode type = endpoint(path).path("request").path("properties").path(parameter).path("type");
        return type.isArray() ? type.get(0).asString() : type.asString("string");
    }

    private JsonNode endpoint(String path) {
        JsonNode endpoint = endpoints.get(path);
        if (endpoint == null) {
            throw new IllegalArgumentException("No contract for " + path);
        }
        return endpoint;
    }

    private List<String> problems(JsonNode schemaNode, JsonNode value) {
        Schema schema = registry.getSchema(schemaNode);
        return schema.validate(value).stream().map(Error::toString).toList();
    }

    /** {@code "nullable": true} beside a type becomes {@code "type": [T, "null"]}; an enum then takes null too. */
    static JsonNode allowNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String name : List.copyOf(object.propertyNames())) {
                allowNulls(object.get(name));
            }
            if (object.path("nullable").asBoolean(false)) {
                object.remove("nullable");
                JsonNode type = object.get("type");
                if (type != null && type.isString()) {
                    ArrayNode types = object.putArray("type");
                    types.add(type.asString()).add("null");
                }
                if (object.get("enum") instanceof ArrayNode values) {
                    values.addNull();
                }
                if (object.get("anyOf") instanceof ArrayNode branches) {
                    branches.addObject().put("type", "null");
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(VendorContract::allowNulls);
        }
        return node;
    }
}
