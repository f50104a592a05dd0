package org.isec.training.domain.enrolment;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.isec.defaults.problem.ForbiddenException;
import org.isec.defaults.problem.InvalidInputException;
import org.isec.defaults.security.Caller;
import org.isec.training.domain.certificates.Certificate;
import org.isec.training.domain.certificates.VerificationCodes;
import org.isec.training.domain.courses.Course;
import org.isec.training.domain.courses.CourseService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** The trainer records that a learner completed a course; the certificate is issued in the same write. */
@Service
public class Completions {

    private static final Logger log = LoggerFactory.getLogger(Completions.class);

    private final MongoTemplate mongo;
    private final EnrollmentService enrollments;
    private final CourseService courses;
    private final Members members;
    private final Clock clock;

    Completions(MongoTemplate mongo, EnrollmentService enrollments, CourseService courses, Members members,
                Clock clock) {
        this.mongo = mongo;
        this.enrollments = enrollments;
        this.courses = courses;
        this.members = members;
        this.clock = clock;
    }

    /**
     * Completes a confirmed enrolment and returns its certificate. Repeating it returns the same certificate,
     * so a client that lost the response can simply ask again.
     *
     * @param language certificate language; null for the course's main language
     */
    public Certificate complete(String enrollmentId, Caller caller, String language) {
        Enrollment enrollment = enrollments.visible(enrollmentId, caller);
        Course course = courses.require(enrollment.getCourseId());
        if (!course.canRecordCompletion(caller.userId(), caller.hasRole("trainer"), caller.isOperator())) {
            throw new ForbiddenException("NOT_COURSE_TRAINER",
                    "Only the course's trainer or an operator records a completion.");
        }
        if (enrollment.getStatus() == EnrollmentStatus.COMPLETED) {
            return enrollment.getCertificate();
        }
        if (language != null && !course.getLanguages().contains(language)) {
            throw InvalidInputException.of("language", "must be one of the course languages " + course.getLanguages());
        }
        Instant now = clock.instant();
        Certificate certificate = new Certificate(UUID.randomUUID().toString(), VerificationCodes.next(),
                course.languageFor(language), enrollment.getLearnerName(),
                members.organisationName(enrollment.getMemberId()).orElse(null), course.getId(), course.getTitle(),
                course.getTopic().name(), now, now);
        enrollment.complete(certificate, caller.userId());
        mongo.save(enrollment);
        log.info("enrolment {} in course {} completed, recorded by {}; certificate {} issued", enrollmentId,
                course.getId(), caller.userId(), certificate.id());
        return certificate;
    }
}
