package org.isec.defaults.problem;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.isec.defaults.web.CorrelationId;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds every problem the same way: localized title, request path as instance, correlation id. */
final class Problems {

    static final String ERRORS = "errors";
    static final String CODE = "code";
    static final String CORRELATION_ID = "correlationId";

    private Problems() {
    }

    static ProblemDetail withDetail(HttpServletRequest request, HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        decorate(problem, request);
        problem.setDetail(detail);
        return problem;
    }

    static ProblemDetail of(HttpServletRequest request, HttpStatusCode status, String detailKey, Object... args) {
        return withDetail(request, status, ProblemLanguage.text(detailKey, ProblemLanguage.of(request), args));
    }

    static ProblemDetail invalid(HttpServletRequest request, HttpStatusCode status, String detailKey,
                                 List<InvalidField> errors) {
        ProblemDetail problem = of(request, status, detailKey);
        problem.setProperty(ERRORS, errors);
        return problem;
    }

    static ProblemDetail withCode(ProblemDetail problem, String code) {
        problem.setProperty(CODE, code);
        return problem;
    }

    /** Localized title, instance and correlation id on a problem someone else created. */
    static ProblemDetail decorate(ProblemDetail problem, HttpServletRequest request) {
        problem.setTitle(ProblemLanguage.title(problem.getStatus(), ProblemLanguage.of(request)));
        if (problem.getInstance() == null && request != null) {
            problem.setInstance(instance(request));
        }
        CorrelationId.current().ifPresent(id -> problem.setProperty(CORRELATION_ID, id));
        return problem;
    }

    static Locale language(HttpServletRequest request) {
        return ProblemLanguage.of(request);
    }

    static String text(HttpServletRequest request, String key, Object... args) {
        return ProblemLanguage.text(key, ProblemLanguage.of(request), args);
    }

    private static URI instance(HttpServletRequest request) {
        String path = (String) request.getAttribute("jakarta.servlet.error.request_uri");
        try {
            return URI.create(path != null ? path : request.getRequestURI());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
