package org.isec.systemtest.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * Every operation the five services publish in their OpenAPI documents, read through the gateway as a
 * client would. The sweeps that must cover "every endpoint" walk this list, so an endpoint added to a
 * service is swept without anyone editing a test.
 */
public final class OpenApi {

    /** The gateway prefix of each service, which is also where its document is served. */
    public static final List<String> SERVICES = List.of("membership", "marketplace", "advisory", "training", "notifications");

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private OpenApi() {
    }

    /**
     * One operation of one service's document.
     *
     * @param service     the gateway prefix ({@code membership}, …, {@code notifications})
     * @param method      upper case ({@code POST})
     * @param path        as documented, with {@code {placeholders}} ({@code /api/marketplace/commissions/{id}/bids})
     * @param parameters  the declared path and query parameters
     * @param requestBody the JSON request body schema with every {@code $ref} left as is (see {@link #resolve}),
     *                    or empty when the operation takes no JSON body
     * @param document    the whole document, to resolve references against
     */
    public record Operation(String service, String method, String path, List<Parameter> parameters,
                            Optional<JsonNode> requestBody, boolean requestBodyRequired, JsonNode document) {

        public List<Parameter> pathParameters() {
            return parameters.stream().filter(p -> p.in().equals("path")).toList();
        }

        public List<Parameter> queryParameters() {
            return parameters.stream().filter(p -> p.in().equals("query")).toList();
        }

        /** The path with each placeholder replaced by the value the function gives for that parameter. */
        public String expand(Map<String, String> values) {
            String expanded = path;
            for (Parameter parameter : pathParameters()) {
                String value = values.get(parameter.name());
                if (value == null) {
                    throw new IllegalArgumentException("no value for {" + parameter.name() + "} of " + this);
                }
                expanded = expanded.replace("{" + parameter.name() + "}", value);
            }
            return expanded;
        }

        /** A schema of this document with its top-level {@code $ref} followed (nested ones are resolved on demand). */
        public JsonNode resolve(JsonNode schema) {
            return OpenApi.resolve(document, schema);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    public record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    /** Every operation of every service, in document order. */
    public static List<Operation> operations() {
        List<Operation> all = new ArrayList<>();
        for (String service : SERVICES) {
            all.addAll(operations(service));
        }
        return all;
    }

    public static List<Operation> operations(String service) {
        ApiResponse response = Api.anonymous().get("/api/" + service + "/v3/api-docs");
        if (response.status() != 200) {
            throw new IllegalStateException("no OpenAPI document for " + service + ": " + response);
        }
        JsonNode document = response.body();
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            List<Parameter> shared = parameters(document, path.getValue().path("parameters"));
            for (String method : METHODS) {
                JsonNode operation = path.getValue().path(method);
                if (operation.isMissingNode()) {
                    continue;
                }
                List<Parameter> parameters = new ArrayList<>(shared);
                parameters.addAll(parameters(document, operation.path("parameters")));
                JsonNode body = resolve(document, operation.path("requestBody"));
                Optional<JsonNode> json = body.path("content").properties().stream()
                        .filter(content -> content.getKey().contains("json"))
                        .map(content -> content.getValue().path("schema"))
                        .findFirst();
                operations.add(new Operation(service, method.toUpperCase(), path.getKey(), List.copyOf(parameters),
                        json, body.path("required").asBoolean(false), document));
            }
        }
        return operations;
    }

    /** Follows a {@code $ref} ({@code #/components/...}) until the node is not a reference. */
    public static JsonNode resolve(JsonNode document, JsonNode node) {
        JsonNode current = node;
        for (int depth = 0; depth < 20 && current.has("$ref"); depth++) {
            String ref = current.path("$ref").asString();
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException("only local references are supported: " + ref);
            }
            current = document.at(ref.substring(1));
        }
        return current;
    }

    private static List<Parameter> parameters(JsonNode document, JsonNode declared) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode parameter : declared.values()) {
            JsonNode resolved = resolve(document, parameter);
            parameters.add(new Parameter(resolved.path("name").asString(), resolved.path("in").asString(),
                    resolved.path("required").asBoolean(false), resolved.path("schema")));
        }
        return parameters;
    }
}
