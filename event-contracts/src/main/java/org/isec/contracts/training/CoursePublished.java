package org.isec.contracts.training;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.isec.contracts.EventType;
import org.isec.contracts.IsecEvent;
import org.isec.contracts.PersonalData;

/**
 * A course is in the catalogue and open for enrolment. Subject: the course.
 *
 * @param title     by ISO 639-1 language code, at least one
 * @param topic     LEGISLATION, FINANCE, MARKETING, HR, ETHICS, DIGITAL, LANGUAGE, PUBLIC_PROCUREMENT, …
 * @param format    {@link #SELF_PACED}, {@link #WEBINAR} or {@link #IN_PERSON}
 * @param capacity  seats; null for unlimited (self-paced)
 * @param sessions  empty for self-paced courses
 * @param trainerId the trainer's Keycloak user id
 */
@EventType(value = "isec.training.CoursePublished", partnerVisible = true)
public record CoursePublished(
        String courseId,
        Map<String, String> title,
        String topic,
        String format,
        List<String> languages,
        Integer capacity,
        List<CourseSession> sessions,
        @PersonalData String trainerId,
        Instant publishedAt) implements IsecEvent {

    public static final String SELF_PACED = "SELF_PACED";
    public static final String WEBINAR = "WEBINAR";
    public static final String IN_PERSON = "IN_PERSON";

    public CoursePublished {
        title = title == null ? Map.of() : Map.copyOf(title);
        languages = languages == null ? List.of() : List.copyOf(languages);
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
    }

    @Override
    public String subject() {
        return courseId;
    }
}
