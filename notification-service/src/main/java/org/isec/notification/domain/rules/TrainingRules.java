package org.isec.notification.domain.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.isec.contracts.training.CertificateIssued;
import org.isec.contracts.training.CourseCompleted;
import org.isec.contracts.training.CoursePublished;
import org.isec.contracts.training.EnrollmentCancelled;
import org.isec.contracts.training.EnrollmentConfirmed;
import org.isec.contracts.training.EnrollmentWaitlisted;
import org.isec.defaults.messaging.InboundEvent;
import org.isec.notification.domain.Audience;
import org.isec.notification.domain.Notification;
import org.springframework.stereotype.Component;

import static org.isec.notification.domain.NotificationKind.CERTIFICATE_ISSUED;
import static org.isec.notification.domain.NotificationKind.ENROLLMENT_CANCELLED;
import static org.isec.notification.domain.NotificationKind.ENROLLMENT_CONFIRMED;
import static org.isec.notification.domain.NotificationKind.ENROLLMENT_PROMOTED;
import static org.isec.notification.domain.NotificationKind.ENROLLMENT_WAITLISTED;
import static org.isec.notification.domain.rules.MembershipRules.type;
import static org.isec.notification.domain.rules.Models.model;
import static org.isec.notification.domain.templates.TemplateValue.localized;
import static org.isec.notification.domain.templates.TemplateValue.number;
import static org.isec.notification.domain.templates.TemplateValue.text;

/** Training notifications go to the learner personally, not to the whole organisation. */
@Component
class TrainingRules implements RuleSet {

    private final Titles titles;

    TrainingRules(Titles titles) {
        this.titles = titles;
    }

    @Override
    public Map<String, Rule> rules() {
        return Map.of(
                type(EnrollmentConfirmed.class), this::confirmed,
                type(EnrollmentWaitlisted.class), this::waitlisted,
                type(EnrollmentCancelled.class), this::cancelled,
                type(CertificateIssued.class), this::certificate);
    }

    @Override
    public Set<String> silent() {
        return Set.of(type(CoursePublished.class), type(CourseCompleted.class));
    }

    private List<Notification> confirmed(InboundEvent event) {
        EnrollmentConfirmed e = event.as(EnrollmentConfirmed.class);
        return List.of(new Notification(e.promotedFromWaitlist() ? ENROLLMENT_PROMOTED : ENROLLMENT_CONFIRMED,
                learner(e.userId(), e.learnerEmail(), e.memberId(), null),
                model().value("course", localized(e.courseTitle())).build()));
    }

    private List<Notification> waitlisted(InboundEvent event) {
        EnrollmentWaitlisted e = event.as(EnrollmentWaitlisted.class);
        return List.of(new Notification(ENROLLMENT_WAITLISTED, learner(e.userId(), e.learnerEmail(), e.memberId(), null),
                model().value("course", localized(e.courseTitle()))
                        .value("position", number(e.position())).build()));
    }

    /** The event names only the course id: the title comes from earlier events about the course. */
    private List<Notification> cancelled(InboundEvent event) {
        EnrollmentCancelled e = event.as(EnrollmentCancelled.class);
        Map<String, String> title = titles.course(e.courseId());
        return List.of(new Notification(ENROLLMENT_CANCELLED, learner(e.userId(), null, e.memberId(), null),
                model().value("course", title.isEmpty() ? text(e.courseId()) : localized(title)).build()));
    }

    private List<Notification> certificate(InboundEvent event) {
        CertificateIssued c = event.as(CertificateIssued.class);
        return List.of(new Notification(CERTIFICATE_ISSUED, learner(c.userId(), c.learnerEmail(), c.memberId(), c.language()),
                model().value("course", localized(c.courseTitle()))
                        .text("verificationCode", c.verificationCode()).build()));
    }

    private static Audience learner(String userId, String email, String memberId, String language) {
        return Audience.user(userId, email, null, language, memberId);
    }
}
