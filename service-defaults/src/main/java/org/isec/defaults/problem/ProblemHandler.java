package org.isec.defaults.problem;


import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.isec.defaults.web.CorrelationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Maps every exception a controller can end in to RFC 9457 problem+json (see CONVENTIONS.md, "Problems").
 * Ordered last, so a service's own {@code @RestControllerAdvice} is consulted first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ProblemHandler extends MvcProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    private static final AuthenticationTrustResolverImpl TRUST = new AuthenticationTrustResolverImpl();

    ProblemHandler(long maxBodyBytes) {
        super(maxBodyBytes);
    }

    // ---- the service's own exceptions

    @ExceptionHandler
    ResponseEntity<Object> invalidInput(InvalidInputException e, HttpServletRequest request) {
        return respond(Problems.invalid(request, HttpStatus.UNPROCESSABLE_CONTENT, "detail.validation", e.errors()));
    }

    @ExceptionHandler
    ResponseEntity<Object> notFound(NotFoundException e, HttpServletRequest request) {
        return respond(Problems.of(request, HttpStatus.NOT_FOUND, "detail.notFound", e.what(), e.id()));
    }

    @ExceptionHandler
    ResponseEntity<Object> forbidden(ForbiddenException e, HttpServletRequest request) {
        return respond(Problems.withCode(Problems.withDetail(request, HttpStatus.FORBIDDEN, e.detail()), e.code()));
    }

    @ExceptionHandler
    ResponseEntity<Object> conflict(ConflictException e, HttpServletRequest request) {
        return respond(Problems.withCode(Problems.withDetail(request, HttpStatus.CONFLICT, e.detail()), e.code()));
    }

    // ---- security raised inside the controller (@PreAuthorize, Caller)

    @ExceptionHandler
    ResponseEntity<Object> accessDenied(AccessDeniedException e, HttpServletRequest request) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || TRUST.isAnonymous(authentication)) {
            return unauthenticated(request);
        }
        return respond(Problems.withCode(Problems.of(request, HttpStatus.FORBIDDEN, "detail.forbidden"),
                "ACCESS_DENIED"));
    }

    @ExceptionHandler
    ResponseEntity<Object> authentication(AuthenticationException e, HttpServletRequest request) {
        return unauthenticated(request);
    }

    // ---- persistence

    @ExceptionHandler
    ResponseEntity<Object> optimisticLock(OptimisticLockingFailureException e, HttpServletRequest request) {
        return respond(Problems.withCode(Problems.of(request, HttpStatus.CONFLICT, "detail.concurrentModification"),
                "CONCURRENT_MODIFICATION"));
    }

    @ExceptionHandler
    ResponseEntity<Object> duplicate(DuplicateKeyException e, HttpServletRequest request) {
        return respond(Problems.withCode(Problems.of(request, HttpStatus.CONFLICT, "detail.duplicate"), "DUPLICATE"));
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, MongoTimeoutException.class,
            MongoSocketException.class})
    ResponseEntity<Object> unavailable(Exception e, HttpServletRequest request) {
        log.warn("database unavailable: {}", e.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(request, HttpStatus.SERVICE_UNAVAILABLE, "detail.unavailable"));
    }

    // ---- input validation outside Spring MVC's own exceptions

    @ExceptionHandler
    ResponseEntity<Object> constraintViolation(ConstraintViolationException e, HttpServletRequest request) {
        return respond(Problems.invalid(request, HttpStatus.BAD_REQUEST, "detail.validation", InputProblems.of(e)));
    }

    // ---- anything else: log it whole, tell the client only the correlation id

    @ExceptionHandler
    @Override
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
        if (InputProblems.find(e, MongoTimeoutException.class) != null
                || InputProblems.find(e, MongoSocketException.class) != null
                || InputProblems.find(e, DataAccessResourceFailureException.class) != null) {
            return unavailable(e, request);
        }
        log.error("unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        String correlationId = CorrelationId.current().orElse("-");
        return respond(Problems.of(request, HttpStatus.INTERNAL_SERVER_ERROR, "detail.internal", correlationId));
    }

    private ResponseEntity<Object> unauthenticated(HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(request, HttpStatus.UNAUTHORIZED, "detail.unauthenticated"));
    }

}
