package org.isec.training.web;

import java.time.Instant;
import java.util.Map;

import org.isec.training.domain.enrolment.Enrollment;

/**
 * @param waitlistPosition the current place on the waitlist (1 = next to be promoted); null unless WAITLISTED
 * @param verificationCode of the certificate, once completed
 */
record EnrollmentResponse(String id, String courseId, Map<String, String> courseTitle, String status,
                          Integer waitlistPosition, boolean promotedFromWaitlist, String userId, String memberId,
                          String learnerName, Instant requestedAt, Instant confirmedAt, Instant waitlistedAt,
                          Instant cancelledAt, Instant completedAt, String verificationCode) {

    static EnrollmentResponse of(Enrollment e, Integer position) {
        return new EnrollmentResponse(e.getId(), e.getCourseId(), e.getCourseTitle(), e.getStatus().name(), position,
                e.isPromotedFromWaitlist(), e.getUserId(), e.getMemberId(), e.getLearnerName(), e.getRequestedAt(),
                e.getConfirmedAt(), e.getWaitlistedAt(), e.getCancelledAt(), e.getCompletedAt(),
                e.getCertificate() == null ? null : e.getCertificate().verificationCode());
    }
}
