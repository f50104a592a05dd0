package org.isec.contracts.training;

import java.time.Instant;

import org.isec.contracts.EventType;
import org.isec.contracts.IsecEvent;
import org.isec.contracts.PersonalData;

/**
 * An enrolment was cancelled. Subject: the enrolment.
 *
 * @param seatReleased true when it held a confirmed seat (the first waitlisted learner is then promoted)
 */
@EventType("isec.training.EnrollmentCancelled")
public record EnrollmentCancelled(
        String enrollmentId,
        String courseId,
        String memberId,
        @PersonalData String userId,
        boolean seatReleased,
        Instant cancelledAt) implements IsecEvent {

    @Override
    public String subject() {
        return enrollmentId;
    }
}
