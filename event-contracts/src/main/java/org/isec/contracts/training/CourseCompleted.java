package org.isec.contracts.training;

import java.time.Instant;
import java.util.Map;

import org.isec.contracts.EventType;
import org.isec.contracts.IsecEvent;
import org.isec.contracts.PersonalData;

/**
 * The trainer recorded that the learner completed the course. Membership records completions of
 * {@link #ETHICS_TOPIC} courses on the member. Subject: the enrolment.
 */
@EventType("isec.training.CourseCompleted")
public record CourseCompleted(
        String enrollmentId,
        String courseId,
        String courseTopic,
        Map<String, String> courseTitle,
        String memberId,
        @PersonalData String userId,
        Instant completedAt) implements IsecEvent {

    public static final String ETHICS_TOPIC = "ETHICS";

    public CourseCompleted {
        courseTitle = courseTitle == null ? Map.of() : Map.copyOf(courseTitle);
    }

    @Override
    public String subject() {
        return enrollmentId;
    }
}
