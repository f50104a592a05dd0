package org.isec.training.domain.enrolment;

import java.time.Clock;
import java.util.Optional;

import org.isec.training.domain.courses.Course;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Brings enrolment documents in line with the seat ledger. The ledger decides who is seated and in which order the
 * others wait; the enrolment records the outcome and carries its event. Every step can be repeated.
 */
@Component
class Seating {

    private static final Logger log = LoggerFactory.getLogger(Seating.class);
    private static final int SAVE_ATTEMPTS = 5;

    private final MongoTemplate mongo;
    private final SeatLedger ledger;
    private final Clock clock;

    Seating(MongoTemplate mongo, SeatLedger ledger, Clock clock) {
        this.mongo = mongo;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Seats or queues a PENDING enrolment and records the outcome in it. */
    Enrollment place(Enrollment enrollment, Course course) {
        SeatLedger.Placement placement = course.hasSeatLimit()
                ? ledger.allocate(course.getId(), course.getCapacity(), enrollment.getId())
                : new SeatLedger.Placement(true, 0);
        if (placement.seated()) {
            enrollment.confirm(false, clock.instant());
        } else {
            enrollment.waitlist(placement.position(), clock.instant());
        }
        try {
            mongo.save(enrollment);
        } catch (OptimisticLockingFailureException recordedMeanwhile) {
            // A promoter or the reconciler recorded the placement first; theirs is as good as ours.
            return mongo.findById(enrollment.getId(), Enrollment.class);
        }
        if (placement.waiting()) {
            // A seat may have been freed between our seat attempt and our place in the queue.
            fillFreeSeats(course.getId());
            return mongo.findById(enrollment.getId(), Enrollment.class);
        }
        return enrollment;
    }

    /** Gives every free seat to the first in the queue, in order. */
    void fillFreeSeats(String courseId) {
        Optional<String> next;
        while ((next = ledger.promoteNext(courseId)).isPresent()) {
            confirmPromoted(courseId, next.get());
        }
    }

    /** Records a promotion the ledger has made; a learner who cancelled meanwhile hands the seat on. */
    void confirmPromoted(String courseId, String enrollmentId) {
        for (int attempt = 1; attempt <= SAVE_ATTEMPTS; attempt++) {
            Enrollment enrollment = mongo.findById(enrollmentId, Enrollment.class);
            if (enrollment == null || enrollment.getStatus() == EnrollmentStatus.CANCELLED) {
                if (ledger.release(courseId, enrollmentId)) {
                    log.info("seat of cancelled enrolment {} on course {} handed on", enrollmentId, courseId);
                }
                return;
            }
            if (!enrollment.confirm(false, clock.instant())) {
                return;
            }
            try {
                mongo.save(enrollment);
                log.info("enrolment {} promoted from the waitlist of course {}", enrollmentId, courseId);
                return;
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                log.debug("enrolment {} changed while being promoted; reading it again", enrollmentId);
            }
        }
        log.warn("enrolment {} holds a seat on course {} but could not be confirmed yet; the reconciler retries",
                enrollmentId, courseId);
    }

    /** Takes a cancelled enrolment out of the ledger and passes a freed seat on. */
    void releaseAndRefill(String courseId, String enrollmentId) {
        if (ledger.release(courseId, enrollmentId)) {
            fillFreeSeats(courseId);
        }
    }
}
