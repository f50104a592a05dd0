package org.isec.training.domain.enrolment;

/**
 * PENDING lasts from the first write of an enrolment until its seat or waitlist place is recorded in it; an
 * enrolment left PENDING by a crash is finished by the next attempt of the learner or by the reconciler.
 */
public enum EnrollmentStatus {
    PENDING, CONFIRMED, WAITLISTED, CANCELLED, COMPLETED
}
