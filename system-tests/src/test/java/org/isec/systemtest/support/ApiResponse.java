package org.isec.systemtest.support;

import java.net.URI;
import java.net.http.HttpHeaders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/** What the gateway answered: status, headers, and the body as text and, when it is JSON, as a tree. */
public record ApiResponse(String method, URI uri, int status, HttpHeaders headers, String text) {

    public JsonNode body() {
        String type = contentType();
        if (text.isBlank() || !(type.contains("json"))) {
            return MissingNode.getInstance();
        }
        return Json.parse(text);
    }

    public String contentType() {
        return header("Content-Type");
    }

    /** The header's first value, or an empty string. */
    public String header(String name) {
        return headers.firstValue(name).orElse("");
    }

    @Override
    public String toString() {
        return method + " " + uri + " → " + status + " " + contentType() + "\n" + text;
    }
}
