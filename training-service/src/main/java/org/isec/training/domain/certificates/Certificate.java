package org.isec.training.domain.certificates;

import java.time.Instant;
import java.util.Map;

import org.isec.training.domain.Languages;

/**
 * A certificate of completion. It lives inside its enrolment document, so completion, certificate and their
 * events are one write.
 *
 * @param language         the certificate's language (ISO 639-1), one the course is taught in
 * @param learnerName      as printed; the only personal datum shown on public verification
 * @param organisationName the member organisation the learner trained for; may be null
 * @param courseTitle      the course title by language, as it was at completion
 */
public record Certificate(String id, String verificationCode, String language, String learnerName,
                          String organisationName, String courseId, Map<String, String> courseTitle,
                          String courseTopic, Instant completedAt, Instant issuedAt) {

    public String titleIn(String wanted) {
        String language = Languages.pick(courseTitle.keySet(), wanted);
        return language == null ? "" : courseTitle.get(language);
    }
}
