package org.isec.contracts.training;

import java.time.Instant;
import java.util.Map;

import org.isec.contracts.EventType;
import org.isec.contracts.IsecEvent;
import org.isec.contracts.PersonalData;

/**
 * A certificate exists for a completed course; anyone can check it with {@code verificationCode}.
 * Subject: the certificate.
 *
 * @param language the certificate's language (ISO 639-1)
 */
@EventType(value = "isec.training.CertificateIssued", partnerVisible = true)
public record CertificateIssued(
        String certificateId,
        String verificationCode,
        String enrollmentId,
        String courseId,
        Map<String, String> courseTitle,
        String memberId,
        @PersonalData String userId,
        @PersonalData String learnerEmail,
        String language,
        Instant issuedAt) implements IsecEvent {

    public CertificateIssued {
        courseTitle = courseTitle == null ? Map.of() : Map.copyOf(courseTitle);
    }

    @Override
    public String subject() {
        return certificateId;
    }
}
