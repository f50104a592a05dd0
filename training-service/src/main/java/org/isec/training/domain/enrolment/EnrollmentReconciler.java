package org.isec.training.domain.enrolment;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.bson.Document;
import org.isec.training.domain.courses.CourseService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Finishes what a crash interrupted. An enrolment is written in steps (request → ledger → outcome; cancel →
 * ledger), each repeatable, so repair is: run the missing steps again.
 * <ul>
 * <li>a seat held by a cancelled enrolment is released and passed on;</li>
 * <li>a seat or queue place whose enrolment does not say so yet is recorded in it (with its event);</li>
 * <li>an enrolment still PENDING after the grace period is placed.</li>
 * </ul>
 */
@Component
public class EnrollmentReconciler {

    private static final Logger log = LoggerFactory.getLogger(EnrollmentReconciler.class);

    private final MongoTemplate mongo;
    private final SeatLedger ledger;
    private final Seating seating;
    private final CourseService courses;
    private final Clock clock;
    private final Duration grace;

    EnrollmentReconciler(MongoTemplate mongo, SeatLedger ledger, Seating seating, CourseService courses, Clock clock,
                         @Value("${isec.training.reconcile.grace:PT30S}") Duration grace) {
        this.mongo = mongo;
        this.ledger = ledger;
        this.seating = seating;
        this.courses = courses;
        this.clock = clock;
        this.grace = grace;
    }

    @Scheduled(initialDelayString = "${isec.training.reconcile.interval:PT1M}",
            fixedDelayString = "${isec.training.reconcile.interval:PT1M}")
    void scheduled() {
        try {
            int repaired = reconcile();
            if (repaired > 0) {
                log.info("reconciler repaired {} enrolment(s) left half-done", repaired);
            }
        } catch (RuntimeException e) {
            log.warn("reconciler could not finish this round; next round retries: {}", e.toString());
        }
    }

    /** One round; returns how many enrolments it changed. */
    public int reconcile() {
        int repaired = 0;
        for (Document seats : ledger.all()) {
            repaired += reconcileLedger(seats);
        }
        repaired += placeStalePending();
        return repaired;
    }

    private int reconcileLedger(Document seats) {
        String courseId = seats.getString("_id");
        int repaired = 0;
        for (String holder : seats.getList("holders", String.class, List.of())) {
            Enrollment enrollment = mongo.findById(holder, Enrollment.class);
            if (enrollment == null || enrollment.getStatus() == EnrollmentStatus.CANCELLED) {
                seating.releaseAndRefill(courseId, holder);
                repaired++;
            } else if (enrollment.getStatus() == EnrollmentStatus.PENDING
                    || enrollment.getStatus() == EnrollmentStatus.WAITLISTED) {
                seating.confirmPromoted(courseId, holder);
                repaired++;
            }
        }
        List<String> queue = seats.getList("queue", String.class, List.of());
        for (int i = 0; i < queue.size(); i++) {
            String waiting = queue.get(i);
            Enrollment enrollment = mongo.findById(waiting, Enrollment.class);
            if (enrollment == null || enrollment.getStatus() == EnrollmentStatus.CANCELLED) {
                ledger.release(courseId, waiting);
                repaired++;
            } else if (enrollment.getStatus() == EnrollmentStatus.PENDING
                    && enrollment.waitlist(i + 1, clock.instant())) {
                try {
                    mongo.save(enrollment);
                    repaired++;
                } catch (OptimisticLockingFailureException recordedMeanwhile) {
                    log.debug("enrolment {} recorded by someone else meanwhile", waiting);
                }
            }
        }
        seating.fillFreeSeats(courseId);
        return repaired;
    }

    private int placeStalePending() {
        List<Enrollment> stale = mongo.find(Query.query(where("status").is(EnrollmentStatus.PENDING)
                .and("requestedAt").lt(clock.instant().minus(grace))), Enrollment.class);
        int repaired = 0;
        for (Enrollment enrollment : stale) {
            var course = courses.find(enrollment.getCourseId());
            if (course.isPresent()) {
                seating.place(enrollment, course.get());
                repaired++;
            }
        }
        return repaired;
    }
}
