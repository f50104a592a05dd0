package org.isec.training.domain.enrolment;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.bson.Document;
import org.isec.contracts.IsecCloudEvents;
import org.isec.contracts.training.EnrollmentConfirmed;
import org.isec.defaults.security.Caller;
import org.isec.devstack.junit.WithInfrastructure;
import org.isec.training.domain.courses.Course;
import org.isec.training.domain.courses.CourseDraft;
import org.isec.training.domain.courses.CourseService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isec.training.TrainingEventTap.awaitEvent;

/**
 * The service stops between two steps of an enrolment or a cancellation (simulated by doing only the first step);
 * the learner's retry or the reconciler finishes the job, with the event the learner would have had.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithInfrastructure
class CrashRecoveryTest {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    CourseService courses;
    @Autowired
    EnrollmentService enrollments;
    @Autowired
    SeatLedger ledger;
    @Autowired
    EnrollmentReconciler reconciler;

    Caller trainer = new Caller(UUID.randomUUID().toString(), "trainer", null, null, Set.of("trainer"));

    @Test
    void seatTakenButNotYetRecordedIsConfirmedByTheReconciler() {
        Course course = course(2);
        Enrollment pending = pending(course, Instant.now());
        ledger.allocate(course.getId(), 2, pending.getId());

        reconciler.reconcile();

        assertThat(reload(pending).getStatus()).isEqualTo(EnrollmentStatus.CONFIRMED);
        EnrollmentConfirmed confirmed = IsecCloudEvents.read(
                awaitEvent("isec.training.EnrollmentConfirmed", pending.getId()), EnrollmentConfirmed.class);
        assertThat(confirmed.promotedFromWaitlist()).isFalse();
    }

    @Test
    void queuedButNotYetRecordedIsWaitlistedAtItsPlace() {
        Course course = course(1);
        enrollments.enrol(course.getId(), learner());
        Enrollment pending = pending(course, Instant.now());
        ledger.allocate(course.getId(), 1, pending.getId());

        reconciler.reconcile();

        Enrollment recovered = reload(pending);
        assertThat(recovered.getStatus()).isEqualTo(EnrollmentStatus.WAITLISTED);
        assertThat(enrollments.positionOf(recovered)).isEqualTo(1);
        awaitEvent("isec.training.EnrollmentWaitlisted", pending.getId());
    }

    @Test
    void cancelledButSeatNotReleasedIsReleasedAndPassedToTheFirstInLine() {
        Course course = course(1);
        Enrollment seated = enrollments.enrol(course.getId(), learner());
        Enrollment waiting = enrollments.enrol(course.getId(), learner());
        assertThat(waiting.getStatus()).isEqualTo(EnrollmentStatus.WAITLISTED);
        // Only the first step of a cancellation: the enrolment says CANCELLED, the ledger still holds its seat.
        Enrollment cancelling = reload(seated);
        cancelling.cancel(seated.getUserId(), null, Instant.now());
        mongo.save(cancelling);

        reconciler.reconcile();

        assertThat(reload(waiting).getStatus()).isEqualTo(EnrollmentStatus.CONFIRMED);
        assertThat(reload(waiting).isPromotedFromWaitlist()).isTrue();
        Document seats = mongo.findById(course.getId(), Document.class, SeatLedger.COLLECTION);
        assertThat(seats.getList("holders", String.class)).containsExactly(waiting.getId());
        assertThat(seats.getList("queue", String.class)).isEmpty();
        assertThat(seats.getInteger("free")).isZero();
    }

    @Test
    void requestStuckBeforeTheLedgerIsPlacedAfterTheGracePeriod() {
        Course course = course(3);
        Enrollment stale = pending(course, Instant.now().minusSeconds(120));
        Enrollment fresh = pending(course, Instant.now());

        reconciler.reconcile();

        assertThat(reload(stale).getStatus()).isEqualTo(EnrollmentStatus.CONFIRMED);
        // A request still in flight is left to its own thread.
        assertThat(reload(fresh).getStatus()).isEqualTo(EnrollmentStatus.PENDING);
    }

    @Test
    void theLearnersRetryFinishesAnInterruptedEnrolmentInsteadOfRefusingIt() {
        Course course = course(3);
        Learner learner = learner();
        Enrollment interrupted = Enrollment.request(UUID.randomUUID().toString(), course, learner, Instant.now());
        mongo.insert(interrupted);

        Enrollment retried = enrollments.enrol(course.getId(), learner);

        assertThat(retried.getId()).isEqualTo(interrupted.getId());
        assertThat(retried.getStatus()).isEqualTo(EnrollmentStatus.CONFIRMED);
    }

    @Test
    void reconcilingAHealthyCourseChangesNothing() {
        Course course = course(1);
        Enrollment seated = enrollments.enrol(course.getId(), learner());
        Enrollment waiting = enrollments.enrol(course.getId(), learner());
        Document before = mongo.findById(course.getId(), Document.class, SeatLedger.COLLECTION);

        reconciler.reconcile();

        assertThat(mongo.findById(course.getId(), Document.class, SeatLedger.COLLECTION)).isEqualTo(before);
        assertThat(reload(seated).getVersion()).isEqualTo(seated.getVersion());
        assertThat(reload(waiting).getVersion()).isEqualTo(waiting.getVersion());
    }

    private Course course(int capacity) {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(10);
        return courses.publish(new CourseDraft(Map.of("en", "Recovery drill"), null, "DIGITAL", "IN_PERSON",
                List.of("en"), capacity, List.of(new CourseDraft.SessionDraft(start, start.plusHours(2),
                "Via Roma 1, Milano", null)), null), trainer);
    }

    private Enrollment pending(Course course, Instant requestedAt) {
        Enrollment enrollment = Enrollment.request(UUID.randomUUID().toString(), course, learner(), requestedAt);
        mongo.insert(enrollment);
        return enrollment;
    }

    private static Learner learner() {
        return new Learner(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "Test Learner", null);
    }

    private Enrollment reload(Enrollment enrollment) {
        return mongo.findById(enrollment.getId(), Enrollment.class);
    }
}
