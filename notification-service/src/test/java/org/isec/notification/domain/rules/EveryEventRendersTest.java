package org.isec.notification.domain.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.isec.contracts.EventDescriptor;
import org.isec.contracts.EventTypes;
import org.isec.contracts.IsecCloudEvents;
import org.isec.contracts.IsecEvent;
import org.isec.contracts.SampleEvents;
import org.isec.contracts.marketplace.CommissionPublished;
import org.isec.contracts.membership.MemberApproved;
import org.isec.contracts.training.EnrollmentConfirmed;
import org.isec.defaults.messaging.InboundEvent;
import org.isec.notification.domain.Language;
import org.isec.notification.domain.Notification;
import org.isec.notification.domain.NotificationKind;
import org.isec.notification.domain.recipients.RecipientDirectory;
import org.isec.notification.domain.templates.RenderedMessage;
import org.isec.notification.domain.templates.Templates;
import org.isec.notification.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event type the services publish has a rule or a stated reason to notify nobody, and every notification the
 * rules build from realistic events renders completely in every language.
 */
class EveryEventRendersTest extends IntegrationTest {

    @Autowired
    NotificationRules rules;

    @Autowired
    RecipientDirectory directory;

    @Autowired
    Titles titles;

    @Autowired
    Templates templates;

    @Test
    void everyPublishedEventTypeHasARuleOrIsDeliberatelySilent() {
        Set<String> decided = new HashSet<>(rules.coveredTypes());
        decided.addAll(rules.silentTypes());

        assertThat(EventTypes.all()).extracting(EventDescriptor::type).allSatisfy(type ->
                assertThat(decided).as("rule or silence for %s", type).contains(type));
        assertThat(rules.coveredTypes()).doesNotContainAnyElementsOf(rules.silentTypes());
    }

    @Test
    void everyNotificationOfEverySampleEventRendersInEveryLanguageWithNothingUnfilled() {
        // What earlier events taught the directory and the titles, as in production.
        SampleEvents.all().forEach(sample -> {
            InboundEvent event = inbound(sample);
            directory.apply(event);
            titles.apply(event);
        });
        // A member still on the previous charter, who must be asked to accept the new one.
        directory.apply(inbound(new MemberApproved(UUID.randomUUID().toString(), SampleEvents.APPLICATION_ID,
                UUID.randomUUID().toString(), SampleEvents.organization(), SampleEvents.contact(),
                SampleEvents.CHARTER_VERSION, Instant.now())));
        List<IsecEvent> samples = new ArrayList<>(SampleEvents.all());
        samples.add(invitationOnly(SampleEvents.commissionPublished()));
        samples.add(directEnrolment(SampleEvents.enrollmentConfirmed()));

        Set<NotificationKind> produced = EnumSet.noneOf(NotificationKind.class);
        for (IsecEvent sample : samples) {
            for (Notification notification : rules.notificationsFor(inbound(sample))) {
                produced.add(notification.kind());
                for (Language language : Language.values()) {
                    RenderedMessage message = templates.render(notification.kind(), language, notification.model(),
                            "Amina", "https://isec.example");
                    assertThat(message.language()).isEqualTo(language);
                    assertThat(List.of(message.subject(), message.summary(), message.text(), message.html()))
                            .as("%s in %s", notification.kind(), language)
                            .allSatisfy(part -> assertThat(part).isNotBlank().doesNotContain("${"));
                }
            }
        }
        assertThat(produced).containsExactlyInAnyOrder(NotificationKind.values());
    }

    @Test
    void theReportedMemberIsNeverToldAboutAnEthicsReport() {
        List<Notification> notifications = rules.notificationsFor(inbound(SampleEvents.ethicsReportFiled()));

        assertThat(notifications).extracting(n -> n.audience().key()).containsExactly("role:operator");
    }

    @Test
    void theWinnerAndEveryOtherBidderAreToldSeparately() {
        List<Notification> notifications = rules.notificationsFor(inbound(SampleEvents.commissionAwarded()));

        assertThat(notifications).extracting(n -> n.kind() + " " + n.audience().key()).containsExactlyInAnyOrder(
                "COMMISSION_WON member:" + SampleEvents.MEMBER_ID,
                "COMMISSION_WON member:" + SampleEvents.PARTNER_MEMBER_ID,
                "COMMISSION_NOT_WON member:" + SampleEvents.OTHER_BIDDER_MEMBER_ID);
    }

    private static CommissionPublished invitationOnly(CommissionPublished p) {
        return new CommissionPublished(p.commissionId(), p.buyerMemberId(), p.consortiumTender(), p.title(),
                p.description(), p.category(), p.requiredCapabilities(), p.region(), p.province(), p.languages(),
                p.budget(), p.bidDeadline(), CommissionPublished.INVITED,
                List.of(SampleEvents.MEMBER_ID, SampleEvents.OTHER_BIDDER_MEMBER_ID), p.lots(), p.publishedAt());
    }

    private static EnrollmentConfirmed directEnrolment(EnrollmentConfirmed e) {
        return new EnrollmentConfirmed(e.enrollmentId(), e.courseId(), e.courseTitle(), e.memberId(), e.userId(),
                e.learnerEmail(), false, e.confirmedAt());
    }

    private static InboundEvent inbound(IsecEvent event) {
        return InboundEvent.of(IsecCloudEvents.of(event, UUID.randomUUID().toString(), Instant.now(), Map.of()));
    }
}
