package org.isec.training.domain.enrolment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.isec.defaults.outbox.OutboxEvent;
import org.isec.defaults.problem.ConflictException;
import org.isec.training.domain.certificates.Certificate;
import org.isec.training.domain.courses.TestCourses;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnrollmentTest {

    static final Instant NOW = Instant.parse("2027-01-01T10:00:00Z");
    final Learner learner = new Learner(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "Amina Diallo",
            "amina@example.org");

    Enrollment pending() {
        return Enrollment.request(UUID.randomUUID().toString(), TestCourses.selfPaced(), learner, NOW);
    }

    static List<String> types(Enrollment e) {
        return e.pendingEvents().stream().map(OutboxEvent::type).toList();
    }

    @Test
    void aConfirmedEnrolmentRaisesEnrollmentConfirmedOnce() {
        Enrollment e = pending();
        assertThat(e.confirm(false, NOW)).isTrue();
        assertThat(e.confirm(false, NOW)).isFalse();
        assertThat(types(e)).containsExactly("isec.training.EnrollmentConfirmed");
        assertThat(e.isPromotedFromWaitlist()).isFalse();
    }

    @Test
    void aWaitlistedEnrolmentThatGetsASeatIsMarkedPromoted() {
        Enrollment e = pending();
        e.waitlist(3, NOW);
        e.confirm(false, NOW.plusSeconds(60));
        assertThat(e.getStatus()).isEqualTo(EnrollmentStatus.CONFIRMED);
        assertThat(e.isPromotedFromWaitlist()).isTrue();
        assertThat(types(e)).containsExactly("isec.training.EnrollmentWaitlisted",
                "isec.training.EnrollmentConfirmed");
    }

    @Test
    void cancellingFreesThePersonForANewEnrolmentAndSaysWhetherASeatWasReleased() {
        Enrollment e = pending();
        e.confirm(false, NOW);
        e.cancel(learner.userId(), null, NOW);
        assertThat(e.getStatus()).isEqualTo(EnrollmentStatus.CANCELLED);
        assertThat(types(e)).endsWith("isec.training.EnrollmentCancelled");
        assertThat(e.pendingEvents().getLast().data()).contains("\"seatReleased\":true");
        assertThatThrownBy(() -> e.cancel(learner.userId(), null, NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void onlyAConfirmedEnrolmentCanBeCompleted() {
        Enrollment waiting = pending();
        waiting.waitlist(1, NOW);
        assertThatThrownBy(() -> waiting.complete(certificate(), "trainer")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("WAITLISTED");
    }

    @Test
    void completionRaisesCourseCompletedAndCertificateIssuedTogether() {
        Enrollment e = pending();
        e.confirm(false, NOW);
        e.complete(certificate(), "trainer");
        assertThat(e.getStatus()).isEqualTo(EnrollmentStatus.COMPLETED);
        assertThat(types(e)).containsExactly("isec.training.EnrollmentConfirmed", "isec.training.CourseCompleted",
                "isec.training.CertificateIssued");
        assertThatThrownBy(() -> e.cancel(learner.userId(), null, NOW)).isInstanceOf(ConflictException.class);
    }

    static Certificate certificate() {
        return new Certificate(UUID.randomUUID().toString(), "K7QX-M2PA-9WZR-4TNB", "it", "Amina Diallo", null,
                TestCourses.ID, Map.of("it", "Corso"), "ETHICS", NOW, NOW);
    }
}
