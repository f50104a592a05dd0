package org.isec.defaults.problem;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.isec.defaults.web.CorrelationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Replaces Boot's {@code /error} page: errors that never reached a controller (a filter's {@code sendError},
 * the servlet container) are answered as problem+json too.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    private final ErrorAttributes errorAttributes;
    private final ProblemWriter writer;

    ProblemErrorController(ErrorAttributes errorAttributes, ProblemWriter writer) {
        this.errorAttributes = errorAttributes;
        this.writer = writer;
    }

    @RequestMapping
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        Throwable error = errorAttributes.getError(new ServletWebRequest(request));
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        ProblemDetail problem = switch (status) {
            case NOT_FOUND -> Problems.of(request, status, "detail.noHandler", request.getMethod(), path);
            case UNAUTHORIZED -> Problems.of(request, status, "detail.unauthenticated");
            case FORBIDDEN -> Problems.of(request, status, "detail.forbidden");
            case CONTENT_TOO_LARGE -> Problems.of(request, status, "detail.error", String.valueOf(status.value()));
            default -> status.is5xxServerError()
                    ? Problems.of(request, status, "detail.internal", CorrelationId.current().orElse("-"))
                    : Problems.of(request, status, "detail.error", String.valueOf(status.value()));
        };
        if (status.is5xxServerError()) {
            log.error("request failed outside the controllers on {} {}", request.getMethod(), path, error);
        }
        writer.write(response, problem);
    }
}
