package org.isec.notification.domain.recipients;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Stored form of {@link UserPreferences}: one document per Keycloak user, replaced whole on every change. */
@Document("preferences")
record PreferencesDocument(@Id String userId, String language, List<String> optedOut, Instant updatedAt) {
}
