package org.isec.contracts.training;

import java.time.Instant;
import java.util.Map;

import org.isec.contracts.EventType;
import org.isec.contracts.IsecEvent;
import org.isec.contracts.PersonalData;

/**
 * The course was full; the learner waits in arrival order. Subject: the enrolment.
 *
 * @param position 1 = next to be promoted
 */
@EventType("isec.training.EnrollmentWaitlisted")
public record EnrollmentWaitlisted(
        String enrollmentId,
        String courseId,
        Map<String, String> courseTitle,
        String memberId,
        @PersonalData String userId,
        @PersonalData String learnerEmail,
        int position,
        Instant waitlistedAt) implements IsecEvent {

    public EnrollmentWaitlisted {
        courseTitle = courseTitle == null ? Map.of() : Map.copyOf(courseTitle);
    }

    @Override
    public String subject() {
        return enrollmentId;
    }
}
