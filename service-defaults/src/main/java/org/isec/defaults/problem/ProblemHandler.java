package org.isec.defaults.problem;

import java.util.List;
import java.util.stream.Collectors;

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
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.beans.TypeMismatchException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Maps every exception a controller can end in to RFC 9457 problem+json (see CONVENTIONS.md, "Problems").
 * Ordered last, so a service's own {@code @RestControllerAdvice} is consulted first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    private static final AuthenticationTrustResolverImpl TRUST = new AuthenticationTrustResolverImpl();

    private final long maxBodyBytes;

    ProblemHandler(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
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

    // ---- Spring MVC's exceptions, with the fields named

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respond(Problems.invalid(servlet(request), HttpStatus.BAD_REQUEST, "detail.validation",
                InputProblems.of(e)), headers);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respond(Problems.invalid(servlet(request), HttpStatus.BAD_REQUEST, "detail.validation",
                InputProblems.of(e)), headers);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        HttpServletRequest http = servlet(request);
        if (InputProblems.find(e, BodyTooLargeException.class) != null) {
            return respond(Problems.of(http, HttpStatus.CONTENT_TOO_LARGE, "detail.tooLarge",
                    String.valueOf(maxBodyBytes)), headers);
        }
        String detail = InputProblems.isSyntaxError(e) ? "detail.malformed" : "detail.validation";
        return respond(Problems.invalid(http, HttpStatus.BAD_REQUEST, detail, InputProblems.of(e, http)), headers);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        HttpServletRequest http = servlet(request);
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        return respond(Problems.invalid(http, HttpStatus.BAD_REQUEST, "detail.param",
                List.of(TypeNames.mismatch(http, name, e.getRequiredType()))), headers);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        HttpServletRequest http = servlet(request);
        return respond(Problems.invalid(http, HttpStatus.BAD_REQUEST, "detail.param",
                List.of(new InvalidField(e.getParameterName(), Problems.text(http, "field.required")))), headers);
    }

    @Override
    protected ResponseEntity<Object> handleMissingPathVariable(MissingPathVariableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (!e.isMissingAfterConversion()) {
            return unexpected(e, servlet(request));
        }
        HttpServletRequest http = servlet(request);
        return respond(Problems.invalid(http, HttpStatus.BAD_REQUEST, "detail.param",
                List.of(new InvalidField(e.getVariableName(), Problems.text(http, "field.required")))), headers);
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        HttpServletRequest http = servlet(request);
        if (e instanceof MissingRequestHeaderException header) {
            return respond(Problems.invalid(http, HttpStatus.BAD_REQUEST, "detail.param",
                    List.of(new InvalidField(header.getHeaderName(), Problems.text(http, "field.required")))), headers);
        }
        return respond(Problems.of(http, HttpStatus.BAD_REQUEST, "detail.param"), headers);
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String supported = e.getSupportedHttpMethods() == null ? "-"
                : e.getSupportedHttpMethods().stream().map(Object::toString).collect(Collectors.joining(", "));
        return respond(Problems.of(servlet(request), HttpStatus.METHOD_NOT_ALLOWED, "detail.methodNotAllowed",
                e.getMethod(), supported), headers);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String supported = e.getSupportedMediaTypes().stream().map(Object::toString)
                .collect(Collectors.joining(", "));
        return respond(Problems.of(servlet(request), HttpStatus.UNSUPPORTED_MEDIA_TYPE, "detail.mediaType",
                String.valueOf(e.getContentType()), supported), headers);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String supported = e.getSupportedMediaTypes().stream().map(Object::toString)
                .collect(Collectors.joining(", "));
        // The client accepts none of our types, so answer in problem+json anyway rather than an empty 406.
        return respond(Problems.of(servlet(request), HttpStatus.NOT_ACCEPTABLE, "detail.notAcceptable", supported),
                new HttpHeaders());
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        HttpServletRequest http = servlet(request);
        return respond(Problems.of(http, HttpStatus.NOT_FOUND, "detail.noHandler", http.getMethod(),
                http.getRequestURI()), headers);
    }

    @Override
    protected ResponseEntity<Object> handleNoHandlerFoundException(NoHandlerFoundException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        HttpServletRequest http = servlet(request);
        return respond(Problems.of(http, HttpStatus.NOT_FOUND, "detail.noHandler", http.getMethod(),
                http.getRequestURI()), headers);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respond(Problems.of(servlet(request), HttpStatus.CONTENT_TOO_LARGE, "detail.tooLarge",
                String.valueOf(e.getMaxUploadSize())), headers);
    }

    /** Whatever Spring MVC answered by itself (405s, 406s, ResponseStatusException…) gets our title and ids. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        HttpServletRequest http = servlet(request);
        ProblemDetail problem = body instanceof ProblemDetail detail ? detail : Problems.withDetail(http, status, null);
        Problems.decorate(problem, http);
        if (status.is5xxServerError()) {
            log.error("request failed on {} {}", http.getMethod(), http.getRequestURI(), e);
        }
        return respond(problem, headers);
    }

    private ResponseEntity<Object> unauthenticated(HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(request, HttpStatus.UNAUTHORIZED, "detail.unauthenticated"));
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem) {
        return respond(problem, new HttpHeaders());
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem, HttpHeaders headers) {
        HttpHeaders copy = new HttpHeaders();
        copy.putAll(headers);
        copy.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return ResponseEntity.status(problem.getStatus()).headers(copy).body(problem);
    }

    private static HttpServletRequest servlet(WebRequest request) {
        return ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
    }
}
