package org.isec.training.domain.courses;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * What a trainer or operator submits to publish a course; checked by {@link CourseRules}.
 * Topic and format are strings here so an unknown value is reported by field name, not as unreadable JSON.
 */
public record CourseDraft(Map<String, String> title, Map<String, String> description, String topic, String format,
                          List<String> languages, Integer capacity, List<SessionDraft> sessions, String trainerId) {

    public record SessionDraft(OffsetDateTime start, OffsetDateTime end, String location, String meetingLink) {
    }
}
