package org.isec.defaults.problem;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes problem+json where Spring MVC's exception handling does not reach: servlet filters and the Spring
 * Security entry points. Controllers throw exceptions instead.
 */
public final class ProblemWriter {

    private final JsonMapper mapper;

    public ProblemWriter(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /** 401 for a missing, expired or invalid bearer token. */
    public void unauthenticated(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        write(response, Problems.of(request, HttpStatus.UNAUTHORIZED, "detail.unauthenticated"));
    }

    /** 403 for a signed-in caller without the required role. */
    public void forbidden(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(response, Problems.withCode(Problems.of(request, HttpStatus.FORBIDDEN, "detail.forbidden"),
                "ACCESS_DENIED"));
    }

    /** 503 when a token cannot be checked because Keycloak's keys cannot be fetched. */
    public void authenticationUnavailable(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader("Retry-After", "5");
        write(response, Problems.of(request, HttpStatus.SERVICE_UNAVAILABLE, "detail.unavailable"));
    }

    void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        mapper.writeValue(response.getOutputStream(), asMap(problem));
    }

    static Map<String, Object> asMap(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (problem.getType() != null && !"about:blank".equals(problem.getType().toString())) {
            body.put("type", problem.getType().toString());
        }
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        if (problem.getDetail() != null) {
            body.put("detail", problem.getDetail());
        }
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }
}
