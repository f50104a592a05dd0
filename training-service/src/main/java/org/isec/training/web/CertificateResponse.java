package org.isec.training.web;

import java.time.Instant;
import java.time.LocalDate;

import org.isec.training.domain.certificates.Certificate;

/** The certificate as returned to the trainer who records the completion. */
record CertificateResponse(String certificateId, String verificationCode, String enrollmentId, String language,
                           String learnerName, String organisationName, CertificateCourse course,
                           LocalDate completedOn, Instant issuedAt, String verificationUrl, String pdfUrl) {

    record CertificateCourse(String id, String title, String topic) {
    }

    static CertificateResponse of(Certificate c, String enrollmentId, String verificationUrl) {
        return new CertificateResponse(c.id(), c.verificationCode(), enrollmentId, c.language(), c.learnerName(),
                c.organisationName(), new CertificateCourse(c.courseId(), c.titleIn(c.language()), c.courseTopic()),
                c.completedAt().atZone(CourseResponse.ROME).toLocalDate(), c.issuedAt(), verificationUrl,
                verificationUrl + "/pdf");
    }
}
