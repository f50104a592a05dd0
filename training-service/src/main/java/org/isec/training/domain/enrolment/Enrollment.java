package org.isec.training.domain.enrolment;

import java.time.Instant;
import java.util.Map;

import org.isec.contracts.training.CertificateIssued;
import org.isec.contracts.training.CourseCompleted;
import org.isec.contracts.training.EnrollmentCancelled;
import org.isec.contracts.training.EnrollmentConfirmed;
import org.isec.contracts.training.EnrollmentWaitlisted;
import org.isec.defaults.outbox.AggregateRoot;
import org.isec.defaults.problem.ConflictException;
import org.isec.training.domain.certificates.Certificate;
import org.isec.training.domain.courses.Course;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One learner's enrolment in one course: the record of the learner's request and of everything that happened to
 * it, with the events of each change in its own outbox. The seat itself is held in the course's {@link SeatLedger}.
 */
@Document(Enrollment.COLLECTION)
public class Enrollment extends AggregateRoot {

    public static final String COLLECTION = "enrollments";

    @Id
    private String id;
    private String courseId;
    private String userId;
    private String memberId;
    private String learnerName;
    private String learnerEmail;
    /** {@code courseId:userId} while the enrolment is live; a sparse unique index makes it one per person. */
    private String activeKey;
    private EnrollmentStatus status;
    private Map<String, String> courseTitle;
    private String courseTopic;
    private Instant requestedAt;
    private Instant confirmedAt;
    private boolean promotedFromWaitlist;
    private Instant waitlistedAt;
    private Integer positionWhenWaitlisted;
    private Instant cancelledAt;
    private String cancelledBy;
    private String cancellationReason;
    private Instant completedAt;
    private String completedBy;
    private Certificate certificate;

    Enrollment() {
    }

    static Enrollment request(String id, Course course, Learner learner, Instant now) {
        Enrollment enrollment = new Enrollment();
        enrollment.id = id;
        enrollment.courseId = course.getId();
        enrollment.userId = learner.userId();
        enrollment.memberId = learner.memberId();
        enrollment.learnerName = learner.name();
        enrollment.learnerEmail = learner.email();
        enrollment.activeKey = activeKey(course.getId(), learner.userId());
        enrollment.status = EnrollmentStatus.PENDING;
        enrollment.courseTitle = course.getTitle();
        enrollment.courseTopic = course.getTopic().name();
        enrollment.requestedAt = now;
        return enrollment;
    }

    static String activeKey(String courseId, String userId) {
        return courseId + ":" + userId;
    }

    /** Idempotent: true if this call changed the status. */
    boolean confirm(boolean promoted, Instant now) {
        if (status != EnrollmentStatus.PENDING && status != EnrollmentStatus.WAITLISTED) {
            return false;
        }
        promotedFromWaitlist = promoted || status == EnrollmentStatus.WAITLISTED;
        status = EnrollmentStatus.CONFIRMED;
        confirmedAt = now;
        raise(new EnrollmentConfirmed(id, courseId, courseTitle, memberId, userId, learnerEmail, promotedFromWaitlist,
                now));
        return true;
    }

    boolean waitlist(int position, Instant now) {
        if (status != EnrollmentStatus.PENDING) {
            return false;
        }
        status = EnrollmentStatus.WAITLISTED;
        waitlistedAt = now;
        positionWhenWaitlisted = position;
        raise(new EnrollmentWaitlisted(id, courseId, courseTitle, memberId, userId, learnerEmail, position, now));
        return true;
    }

    void cancel(String byUserId, String reason, Instant now) {
        switch (status) {
            case CANCELLED -> throw new ConflictException("ALREADY_CANCELLED", "The enrolment is already cancelled.");
            case COMPLETED -> throw new ConflictException("ALREADY_COMPLETED",
                    "A completed enrolment cannot be cancelled.");
            default -> {
            }
        }
        boolean heldSeat = status == EnrollmentStatus.CONFIRMED;
        status = EnrollmentStatus.CANCELLED;
        activeKey = null;
        cancelledAt = now;
        cancelledBy = byUserId;
        cancellationReason = reason;
        raise(new EnrollmentCancelled(id, courseId, memberId, userId, heldSeat, now));
    }

    void complete(Certificate issued, String byUserId) {
        if (status != EnrollmentStatus.CONFIRMED) {
            throw new ConflictException("NOT_CONFIRMED",
                    "Only a confirmed enrolment can be completed; this one is " + status + ".");
        }
        status = EnrollmentStatus.COMPLETED;
        completedAt = issued.completedAt();
        completedBy = byUserId;
        certificate = issued;
        raise(new CourseCompleted(id, courseId, courseTopic, courseTitle, memberId, userId, completedAt));
        raise(new CertificateIssued(issued.id(), issued.verificationCode(), id, courseId, courseTitle, memberId,
                userId, learnerEmail, issued.language(), issued.issuedAt()));
    }

    boolean isLearner(String someUserId) {
        return userId.equals(someUserId);
    }

    public String getId() {
        return id;
    }

    public String getCourseId() {
        return courseId;
    }

    public String getUserId() {
        return userId;
    }

    public String getMemberId() {
        return memberId;
    }

    public String getLearnerName() {
        return learnerName;
    }

    public EnrollmentStatus getStatus() {
        return status;
    }

    public Map<String, String> getCourseTitle() {
        return courseTitle;
    }

    public String getCourseTopic() {
        return courseTopic;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public boolean isPromotedFromWaitlist() {
        return promotedFromWaitlist;
    }

    public Instant getWaitlistedAt() {
        return waitlistedAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancellationReason() {
        return cancellationReason;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Certificate getCertificate() {
        return certificate;
    }
}
