package org.isec.defaults.problem;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.isec.defaults.web.CorrelationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Spring MVC's own exceptions as problems that name the bad fields, in the caller's language. */
abstract class MvcProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(MvcProblemHandler.class);

    private final long maxBodyBytes;

    MvcProblemHandler(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    abstract ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request);

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
        if (status.is5xxServerError()) {
            // Spring's own details for these name classes and internals: log them, answer generically.
            log.error("request failed on {} {}", http.getMethod(), http.getRequestURI(), e);
            return respond(Problems.of(http, status, status.value() == 503 ? "detail.unavailable" : "detail.internal",
                    CorrelationId.current().orElse("-")), headers);
        }
        ProblemDetail problem = body instanceof ProblemDetail detail ? detail : Problems.withDetail(http, status, null);
        Problems.decorate(problem, http);
        return respond(problem, headers);
    }

    static ResponseEntity<Object> respond(ProblemDetail problem) {
        return respond(problem, new HttpHeaders());
    }

    static ResponseEntity<Object> respond(ProblemDetail problem, HttpHeaders headers) {
        HttpHeaders copy = new HttpHeaders();
        copy.putAll(headers);
        copy.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return ResponseEntity.status(problem.getStatus()).headers(copy).body(problem);
    }

    static HttpServletRequest servlet(WebRequest request) {
        return ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
    }
}
