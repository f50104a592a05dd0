package org.isec.advisory.domain.advisors;

import java.time.Instant;
import java.util.Set;

import org.isec.advisory.domain.Area;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What operators record about an advisor, a Keycloak user with role {@code advisor}: the areas and languages they
 * advise in and how many open cases they take on.
 *
 * @param userId       Keycloak user id ({@code sub})
 * @param email        where assignments and sessions are notified; travels in events marked personal data
 * @param maxOpenCases the load at which the advisor counts as fully booked in suggestions
 * @param active       inactive advisors keep their cases but get no new ones
 */
@Document("advisor_profiles")
public record AdvisorProfile(
        @Id String userId,
        String displayName,
        String email,
        Set<Area> areas,
        Set<String> languages,
        int maxOpenCases,
        boolean active,
        Instant updatedAt,
        String updatedBy,
        @Version Long version) {

    public AdvisorProfile {
        areas = areas == null ? Set.of() : Set.copyOf(areas);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
    }
}
