package org.isec.training.domain.hub;

import java.time.Instant;

/** An article in one language. */
public record Translation(String title, String summary, String body, Instant updatedAt, String updatedBy) {
}
