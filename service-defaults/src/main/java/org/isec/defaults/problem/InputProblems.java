package org.isec.defaults.problem;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.springframework.core.MethodParameter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/** Turns each kind of bad input into the list of fields the client must fix. */
final class InputProblems {

    private InputProblems() {
    }

    static List<InvalidField> of(MethodArgumentNotValidException e) {
        return of(e.getBindingResult(), e.getParameter().getParameterType(), "");
    }

    static List<InvalidField> of(HandlerMethodValidationException e) {
        List<InvalidField> fields = new ArrayList<>();
        for (ParameterValidationResult result : e.getParameterValidationResults()) {
            String container = parameterName(result.getMethodParameter());
            String element = result.getContainerIndex() != null ? "[" + result.getContainerIndex() + "]"
                    : result.getContainerKey() != null ? "[" + result.getContainerKey() + "]" : "";
            if (result instanceof ParameterErrors errors) {
                // A @Valid body: paths are relative to the body, as the client wrote it.
                Class<?> type = result.getArgument() != null ? result.getArgument().getClass()
                        : result.getMethodParameter().getParameterType();
                String prefix = element.isEmpty() ? "" : element;
                for (FieldError error : errors.getFieldErrors()) {
                    fields.add(new InvalidField(join(prefix, JsonPaths.of(type, error.getField())),
                            error.getDefaultMessage()));
                }
                for (ObjectError error : errors.getGlobalErrors()) {
                    fields.add(new InvalidField(prefix.isEmpty() ? null : prefix, error.getDefaultMessage()));
                }
            } else {
                result.getResolvableErrors().forEach(error ->
                        fields.add(new InvalidField(container + element, error.getDefaultMessage())));
            }
        }
        e.getCrossParameterValidationResults().forEach(error ->
                fields.add(new InvalidField(null, error.getDefaultMessage())));
        return fields;
    }

    static List<InvalidField> of(ConstraintViolationException e) {
        List<InvalidField> fields = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            fields.add(new InvalidField(path(violation), violation.getMessage()));
        }
        return fields;
    }

    /** What is wrong with an unreadable body; {@code null} when it is not the client's JSON at fault. */
    static List<InvalidField> of(HttpMessageNotReadableException e, HttpServletRequest request) {
        JacksonException jackson = find(e, JacksonException.class);
        if (jackson == null) {
            return List.of(new InvalidField("body", Problems.text(request, "field.required")));
        }
        String path = JsonPaths.of(jackson);
        String field = path.isEmpty() ? "body" : path;
        if (jackson instanceof StrictInput.RefusedValue refused) {
            return List.of(new InvalidField(field, Problems.text(request, refused.key(), refused.arguments())));
        }
        if (jackson instanceof UnrecognizedPropertyException) {
            return List.of(new InvalidField(field, Problems.text(request, "field.unknown")));
        }
        if (jackson instanceof InvalidFormatException format) {
            return List.of(TypeNames.mismatch(request, field, format.getTargetType()));
        }
        if (jackson instanceof MismatchedInputException mismatch) {
            return List.of(TypeNames.mismatch(request, field, mismatch.getTargetType()));
        }
        if (jackson instanceof ValueInstantiationException instantiation) {
            // A record constructor refused the values; its IllegalArgumentException explains the rule.
            Throwable rule = instantiation.getCause();
            String message = rule instanceof IllegalArgumentException && rule.getMessage() != null
                    ? rule.getMessage() : Problems.text(request, "field.invalid");
            return List.of(new InvalidField(field, message));
        }
        if (jackson instanceof InputCoercionException outOfRange) {
            // Well-formed but too big for its field, like 1e40 for an int.
            return List.of(TypeNames.mismatch(request, field, outOfRange.getTargetType()));
        }
        if (jackson instanceof StreamReadException syntax && syntax.getLocation() != null) {
            return List.of(new InvalidField(field, Problems.text(request, "field.malformed",
                    String.valueOf(syntax.getLocation().getLineNr()),
                    String.valueOf(syntax.getLocation().getColumnNr()))));
        }
        return List.of(new InvalidField(field, Problems.text(request, "field.invalid")));
    }

    static boolean isSyntaxError(HttpMessageNotReadableException e) {
        return find(e, StreamReadException.class) != null && find(e, InputCoercionException.class) == null;
    }

    static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    static String parameterName(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
        if (variable != null && !variable.name().isEmpty()) {
            return variable.name();
        }
        RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
        if (header != null && !header.name().isEmpty()) {
            return header.name();
        }
        String name = parameter.getParameterName();
        return name != null ? name : "arg" + parameter.getParameterIndex();
    }

    private static List<InvalidField> of(BindingResult result, Class<?> type, String prefix) {
        List<InvalidField> fields = new ArrayList<>();
        for (FieldError error : result.getFieldErrors()) {
            fields.add(new InvalidField(join(prefix, JsonPaths.of(type, error.getField())), error.getDefaultMessage()));
        }
        for (ObjectError error : result.getGlobalErrors()) {
            fields.add(new InvalidField(prefix.isEmpty() ? null : prefix, error.getDefaultMessage()));
        }
        return fields;
    }

    private static String path(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR
                    || node.getKind() == ElementKind.CROSS_PARAMETER || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.isInIterable()) {
                path.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(node.getName());
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    private static String join(String prefix, String path) {
        if (prefix == null || prefix.isEmpty()) {
            return path;
        }
        if (path == null || path.isEmpty()) {
            return prefix;
        }
        return path.startsWith("[") ? prefix + path : prefix + "." + path;
    }
}
