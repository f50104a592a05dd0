package org.isec.defaults.problem;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.core.JacksonException;

/**
 * Field paths as the client wrote them. Bean Validation reports Java property paths ({@code lots[0].title});
 * a property renamed with {@code @JsonProperty} is reported under its JSON name instead.
 */
final class JsonPaths {

    private JsonPaths() {
    }

    /** The JSON path of {@code javaPath} inside an instance of {@code root}. */
    static String of(Class<?> root, String javaPath) {
        if (root == null || javaPath == null || javaPath.isEmpty()) {
            return javaPath;
        }
        StringBuilder json = new StringBuilder();
        Type current = root;
        List<String> segments = segments(javaPath);
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            int bracket = segment.indexOf('[');
            String name = bracket < 0 ? segment : segment.substring(0, bracket);
            String indexes = bracket < 0 ? "" : segment.substring(bracket);
            Field field = name.isEmpty() ? null : findField(raw(current), name);
            if (!name.isEmpty() && field == null) {
                // Unknown to reflection (a getter-only constraint, say): keep the rest of the path as reported.
                appendDot(json).append(String.join(".", segments.subList(i, segments.size())));
                return json.toString();
            }
            if (field != null) {
                appendDot(json).append(jsonName(field));
                current = field.getGenericType();
            }
            json.append(indexes);
            for (int n = countIndexes(indexes); n > 0; n--) {
                current = elementType(current);
            }
        }
        return json.toString();
    }

    /** The path of a Jackson read failure, e.g. {@code organization.languages[2]}. */
    static String of(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                appendDot(path).append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static StringBuilder appendDot(StringBuilder path) {
        return path.isEmpty() ? path : path.append('.');
    }

    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '.' && depth == 0) {
                segments.add(path.substring(start, i));
                start = i + 1;
            }
        }
        segments.add(path.substring(start));
        return segments;
    }

    private static int countIndexes(String indexes) {
        return (int) indexes.chars().filter(c -> c == '[').count();
    }

    private static String jsonName(Field field) {
        JsonProperty property = field.getAnnotation(JsonProperty.class);
        return property != null && !property.value().isEmpty() ? property.value() : field.getName();
    }

    private static Field findField(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getName().equals(name)) {
                    return field;
                }
            }
        }
        return null;
    }

    private static Type elementType(Type type) {
        if (type instanceof Class<?> c && c.isArray()) {
            return c.getComponentType();
        }
        if (type instanceof GenericArrayType g) {
            return g.getGenericComponentType();
        }
        if (type instanceof ParameterizedType p) {
            Class<?> raw = raw(p);
            Type[] args = p.getActualTypeArguments();
            if (Map.class.isAssignableFrom(raw) && args.length == 2) {
                return args[1];
            }
            if (Collection.class.isAssignableFrom(raw) && args.length == 1) {
                return args[0];
            }
        }
        return Object.class;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }
}
