package org.isec.membership.domain;

import java.time.Instant;
import java.util.Map;

/** A course of the ethics curriculum the member's people completed, as training reported it. */
public record CompletedTraining(String eventId, String enrollmentId, String courseId, String topic,
                                Map<String, String> title, Instant completedAt) {

    public CompletedTraining {
        title = title == null ? Map.of() : Map.copyOf(title);
    }
}
