package org.isec.contracts.training;

import java.time.Instant;
import java.util.Map;

import org.isec.contracts.EventType;
import org.isec.contracts.IsecEvent;
import org.isec.contracts.PersonalData;

/**
 * The learner has a seat, on enrolment or by promotion from the waitlist. Subject: the enrolment.
 *
 * @param courseTitle  by language code, so the learner can be told in their language
 * @param userId       the learner's Keycloak user id
 * @param learnerEmail the learner's e-mail from their token; may be null
 */
@EventType("isec.training.EnrollmentConfirmed")
public record EnrollmentConfirmed(
        String enrollmentId,
        String courseId,
        Map<String, String> courseTitle,
        String memberId,
        @PersonalData String userId,
        @PersonalData String learnerEmail,
        boolean promotedFromWaitlist,
        Instant confirmedAt) implements IsecEvent {

    public EnrollmentConfirmed {
        courseTitle = courseTitle == null ? Map.of() : Map.copyOf(courseTitle);
    }

    @Override
    public String subject() {
        return enrollmentId;
    }
}
