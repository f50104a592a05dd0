package org.isec.training.domain.enrolment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.isec.defaults.problem.ConflictException;
import org.isec.defaults.problem.ForbiddenException;
import org.isec.defaults.problem.InvalidInputException;
import org.isec.defaults.problem.NotFoundException;
import org.isec.defaults.security.Caller;
import org.isec.training.domain.courses.Course;
import org.isec.training.domain.courses.CourseService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Enrolling, cancelling and reading enrolments, with ownership checked on every one. */
@Service
public class EnrollmentService {

    private static final Logger log = LoggerFactory.getLogger(EnrollmentService.class);
    private static final int CANCEL_ATTEMPTS = 3;

    private final MongoTemplate mongo;
    private final CourseService courses;
    private final Members members;
    private final Seating seating;
    private final SeatLedger ledger;
    private final Clock clock;

    EnrollmentService(MongoTemplate mongo, CourseService courses, Members members, Seating seating, SeatLedger ledger,
                      Clock clock) {
        this.mongo = mongo;
        this.courses = courses;
        this.members = members;
        this.seating = seating;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** CONFIRMED while seats last, then WAITLISTED in arrival order; one live enrolment per person and course. */
    public Enrollment enrol(String courseId, Learner learner) {
        Course course = courses.require(courseId);
        members.requireMayEnrol(learner.memberId());
        Instant now = clock.instant();
        if (!course.isOpenForEnrolment(now)) {
            throw new ConflictException("ENROLMENT_CLOSED", "The course has already started.");
        }
        Enrollment enrollment = Enrollment.request(UUID.randomUUID().toString(), course, learner, now);
        try {
            mongo.insert(enrollment);
        } catch (DuplicateKeyException alreadyThere) {
            Enrollment existing = live(courseId, learner.userId());
            if (existing == null || existing.getStatus() != EnrollmentStatus.PENDING) {
                throw new ConflictException("ALREADY_ENROLLED", "You are already enrolled in this course.");
            }
            // An earlier attempt stopped half-way (crash, timeout): finish that one instead of refusing.
            enrollment = existing;
        }
        Enrollment placed = seating.place(enrollment, course);
        log.info("enrolment {} of member {} in course {}: {}", placed.getId(), learner.memberId(), courseId,
                placed.getStatus());
        return placed;
    }

    /**
     * The learner or an operator cancels; a freed seat goes to the first on the waitlist. An operator cancelling
     * someone else's enrolment says why, and the reason is kept with it.
     */
    public Enrollment cancel(String id, Caller caller, String reason) {
        for (int attempt = 1; ; attempt++) {
            Enrollment enrollment = visible(id, caller);
            boolean byOperator = !enrollment.isLearner(caller.userId());
            if (byOperator && !caller.isOperator()) {
                throw new ForbiddenException("NOT_LEARNER", "Only the learner or an operator can cancel an enrolment.");
            }
            if (byOperator && (reason == null || reason.isBlank())) {
                throw InvalidInputException.of("reason", "is required when an operator cancels a learner's enrolment");
            }
            enrollment.cancel(caller.userId(), reason == null ? null : reason.strip(), clock.instant());
            try {
                mongo.save(enrollment);
            } catch (OptimisticLockingFailureException promotedMeanwhile) {
                // A promotion raced us (the learner just got a seat): cancel what it is now.
                if (attempt < CANCEL_ATTEMPTS) {
                    continue;
                }
                throw promotedMeanwhile;
            }
            seating.releaseAndRefill(enrollment.getCourseId(), id);
            if (byOperator) {
                log.info("enrolment {} in course {} cancelled by operator {}: {}", id, enrollment.getCourseId(),
                        caller.userId(), enrollment.getCancellationReason());
            } else {
                log.info("enrolment {} in course {} cancelled by the learner", id, enrollment.getCourseId());
            }
            return enrollment;
        }
    }

    /** The learner, the course's trainer and operators see an enrolment; for anyone else it does not exist. */
    public Enrollment visible(String id, Caller caller) {
        Enrollment enrollment = mongo.findById(id, Enrollment.class);
        if (enrollment == null) {
            throw new NotFoundException("enrollment", id);
        }
        if (enrollment.isLearner(caller.userId()) || caller.isOperator()) {
            return enrollment;
        }
        boolean trainer = courses.find(enrollment.getCourseId())
                .map(c -> c.isTrainedBy(caller.userId(), caller.hasRole("trainer")))
                .orElse(false);
        if (!trainer) {
            throw new NotFoundException("enrollment", id);
        }
        return enrollment;
    }

    public List<Enrollment> mine(Caller caller) {
        return mongo.find(Query.query(where("userId").is(caller.userId()))
                .with(Sort.by(Sort.Direction.DESC, "requestedAt")), Enrollment.class);
    }

    /** The roster of a course, for its trainer and operators. */
    public List<Enrollment> ofCourse(String courseId, Caller caller) {
        Course course = courses.require(courseId);
        if (!course.isTrainedBy(caller.userId(), caller.hasRole("trainer")) && !caller.isOperator()) {
            throw new NotFoundException("course roster", courseId);
        }
        return mongo.find(Query.query(where("courseId").is(courseId)).with(Sort.by("requestedAt")),
                Enrollment.class);
    }

    /** The current place on the waitlist (1 = next), or null when not waiting. */
    public Integer positionOf(Enrollment enrollment) {
        if (enrollment.getStatus() != EnrollmentStatus.WAITLISTED) {
            return null;
        }
        int position = ledger.placement(enrollment.getCourseId(), enrollment.getId()).position();
        return position > 0 ? position : null;
    }

    public SeatCounts seats(Course course) {
        SeatLedger.Counts counts = ledger.counts(course.getId());
        if (!course.hasSeatLimit()) {
            long confirmed = mongo.count(Query.query(where("courseId").is(course.getId())
                    .and("status").in(EnrollmentStatus.CONFIRMED, EnrollmentStatus.COMPLETED)), Enrollment.class);
            return new SeatCounts(null, (int) confirmed, 0, null);
        }
        return new SeatCounts(course.getCapacity(), counts.confirmed(), counts.waitlisted(),
                Math.max(0, course.getCapacity() - counts.confirmed()));
    }

    /** @param available null for a course without a seat limit */
    public record SeatCounts(Integer capacity, int confirmed, int waitlisted, Integer available) {
    }

    private Enrollment live(String courseId, String userId) {
        return mongo.findOne(Query.query(where("activeKey").is(Enrollment.activeKey(courseId, userId))),
                Enrollment.class);
    }
}
