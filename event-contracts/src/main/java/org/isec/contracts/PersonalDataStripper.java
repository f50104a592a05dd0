package org.isec.contracts;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Walks a record type and its JSON tree together, removing {@link PersonalData} components at any depth. */
final class PersonalDataStripper {

    private PersonalDataStripper() {
    }

    static void strip(Type type, JsonNode node) {
        if (node == null || node.isNull()) {
            return;
        }
        if (type instanceof Class<?> c && c.isRecord() && node instanceof ObjectNode object) {
            for (RecordComponent component : c.getRecordComponents()) {
                if (component.isAnnotationPresent(PersonalData.class)) {
                    object.remove(component.getName());
                } else {
                    strip(component.getGenericType(), object.get(component.getName()));
                }
            }
        } else if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            if (Collection.class.isAssignableFrom(raw) && node.isArray()) {
                node.forEach(element -> strip(p.getActualTypeArguments()[0], element));
            } else if (Map.class.isAssignableFrom(raw) && node.isObject()) {
                node.forEach(value -> strip(p.getActualTypeArguments()[1], value));
            }
        } else if (type instanceof Class<?> c && c.isArray() && node.isArray()) {
            node.forEach(element -> strip(c.getComponentType(), element));
        }
    }
}
