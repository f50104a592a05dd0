package org.isec.membership.web;

import java.util.Set;

import org.isec.defaults.problem.InvalidInputException;
import org.isec.membership.domain.ProfileChanges;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a profile PATCH. Fields the member may not change (identity facts, standing, charter, trainings) are
 * refused by name rather than silently ignored, so a client never believes it changed its VAT number; fields
 * nobody knows are ignored, as everywhere on the platform (tolerant reader).
 */
@Component
class ProfilePatchReader {

    private static final Set<String> SERVER_OWNED = Set.of("memberId", "standing", "suspension", "charter",
            "ethicsTrainings", "memberSince", "provisioning", "status");

    private final JsonMapper json;

    ProfilePatchReader(JsonMapper json) {
        this.json = json;
    }

    ProfileChanges read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw InvalidInputException.of("body", "must be a JSON object");
        }
        InvalidInputException.Builder errors = InvalidInputException.builder();
        for (String field : body.propertyNames()) {
            errors.addIf(SERVER_OWNED.contains(field), field, "cannot be changed by the member");
        }
        JsonNode organization = body.get("organization");
        if (organization != null && organization.isObject()) {
            for (String field : organization.propertyNames()) {
                errors.addIf(ProfileChanges.IDENTITY.contains(field), "organization." + field,
                        "is an identity fact checked at admission; ask the consortium to change it");
            }
        }
        errors.throwIfAny();
        try {
            return json.treeToValue(body, ProfileChanges.class);
        } catch (MismatchedInputException e) {
            throw InvalidInputException.of(path(e), "has the wrong type");
        } catch (JacksonException e) {
            throw InvalidInputException.of("body", "cannot be read: " + e.getOriginalMessage());
        }
    }

    private static String path(MismatchedInputException e) {
        StringBuilder path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
