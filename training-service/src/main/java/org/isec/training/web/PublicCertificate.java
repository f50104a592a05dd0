package org.isec.training.web;

import java.time.Instant;
import java.time.LocalDate;

import org.isec.training.domain.certificates.Certificate;

/**
 * What anyone holding a verification code learns: that the certificate is genuine, who it names (the name and
 * organisation printed on it, nothing more), which course and when. No user ids, e-mails or enrolment data.
 */
record PublicCertificate(String verificationCode, boolean valid, Holder holder,
                         CertificateResponse.CertificateCourse course, String language, LocalDate completedOn, Instant issuedAt, String pdfUrl) {

    record Holder(String name, String organisation) {
    }

    static PublicCertificate of(Certificate c, String verificationUrl) {
        return new PublicCertificate(c.verificationCode(), true, new Holder(c.learnerName(), c.organisationName()),
                new CertificateResponse.CertificateCourse(c.courseId(), c.titleIn(c.language()), c.courseTopic()),
                c.language(), c.completedAt().atZone(CourseResponse.ROME).toLocalDate(), c.issuedAt(),
                verificationUrl + "/pdf");
    }
}
