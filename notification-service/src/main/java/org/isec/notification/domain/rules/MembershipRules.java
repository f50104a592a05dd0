package org.isec.notification.domain.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.isec.contracts.EventTypes;
import org.isec.contracts.IsecEvent;
import org.isec.contracts.membership.CharterAccepted;
import org.isec.contracts.membership.CharterPublished;
import org.isec.contracts.membership.ContactPerson;
import org.isec.contracts.membership.EthicsReportFiled;
import org.isec.contracts.membership.MemberApproved;
import org.isec.contracts.membership.MemberProfileUpdated;
import org.isec.contracts.membership.MemberReinstated;
import org.isec.contracts.membership.MemberSuspended;
import org.isec.contracts.membership.MembershipApplied;
import org.isec.contracts.membership.MembershipRejected;
import org.isec.defaults.messaging.InboundEvent;
import org.isec.notification.domain.Audience;
import org.isec.notification.domain.Notification;
import org.isec.notification.domain.recipients.RecipientDirectory;
import org.springframework.stereotype.Component;

import static org.isec.notification.domain.NotificationKind.APPLICATION_RECEIVED;
import static org.isec.notification.domain.NotificationKind.APPLICATION_REJECTED;
import static org.isec.notification.domain.NotificationKind.CHARTER_ACCEPTED;
import static org.isec.notification.domain.NotificationKind.CHARTER_TO_ACCEPT;
import static org.isec.notification.domain.NotificationKind.MEMBER_REINSTATED;
import static org.isec.notification.domain.NotificationKind.MEMBER_SUSPENDED;
import static org.isec.notification.domain.NotificationKind.MEMBER_WELCOME;
import static org.isec.notification.domain.NotificationKind.OPERATOR_ETHICS_REPORT;
import static org.isec.notification.domain.NotificationKind.OPERATOR_NEW_APPLICATION;
import static org.isec.notification.domain.rules.Models.model;
import static org.isec.notification.domain.templates.TemplateValue.code;
import static org.isec.notification.domain.templates.TemplateValue.instant;
import static org.isec.notification.domain.templates.TemplateValue.number;

@Component
class MembershipRules implements RuleSet {

    private final RecipientDirectory directory;

    MembershipRules(RecipientDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Map<String, Rule> rules() {
        return Map.of(
                type(MembershipApplied.class), this::applied,
                type(MemberApproved.class), this::approved,
                type(MembershipRejected.class), this::rejected,
                type(MemberSuspended.class), this::suspended,
                type(MemberReinstated.class), this::reinstated,
                type(CharterPublished.class), this::charterPublished,
                type(CharterAccepted.class), this::charterAccepted,
                type(EthicsReportFiled.class), this::ethicsReport);
    }

    @Override
    public Set<String> silent() {
        return Set.of(type(MemberProfileUpdated.class));
    }

    /** Operators get work to do; the applicant gets a receipt. */
    private List<Notification> applied(InboundEvent event) {
        MembershipApplied a = event.as(MembershipApplied.class);
        var operators = new Notification(OPERATOR_NEW_APPLICATION, Audience.operators(), model()
                .text("organisation", a.organization().legalName())
                .text("region", a.organization().region())
                .text("province", a.organization().province())
                .value("appliedAt", instant(a.appliedAt()))
                .text("applicationId", a.applicationId()).build());
        List<Notification> out = new ArrayList<>(List.of(operators));
        if (a.userId() != null) {
            out.add(new Notification(APPLICATION_RECEIVED, applicant(a.userId(), a.contact()), model()
                    .text("organisation", a.organization().legalName())
                    .text("charterVersion", a.charterVersion()).build()));
        }
        return out;
    }

    /** The welcome goes to the contact, in the contact's language (DESIGN §4, flow 1). */
    private List<Notification> approved(InboundEvent event) {
        MemberApproved m = event.as(MemberApproved.class);
        String language = m.contact() == null ? null : m.contact().language();
        return List.of(new Notification(MEMBER_WELCOME, Audience.member(m.memberId(), language), model()
                .text("organisation", m.organization().legalName())
                .text("charterVersion", m.charterVersion()).build()));
    }

    private List<Notification> rejected(InboundEvent event) {
        MembershipRejected r = event.as(MembershipRejected.class);
        return List.of(new Notification(APPLICATION_REJECTED, applicant(r.userId(), r.contact()), model()
                .text("organisation", r.legalName())
                .text("reason", r.reason()).build()));
    }

    private List<Notification> suspended(InboundEvent event) {
        MemberSuspended s = event.as(MemberSuspended.class);
        return List.of(new Notification(MEMBER_SUSPENDED, Audience.member(s.memberId()), model()
                .value("reason", code("suspension", s.reason()))
                .text("detail", s.detail()).build()));
    }

    private List<Notification> reinstated(InboundEvent event) {
        MemberReinstated r = event.as(MemberReinstated.class);
        return List.of(new Notification(MEMBER_REINSTATED, Audience.member(r.memberId()), model()
                .value("reason", code("reinstatement", r.reason())).build()));
    }

    /** A new version must be re-accepted: every member still on an older one is told, with the deadline. */
    private List<Notification> charterPublished(InboundEvent event) {
        CharterPublished c = event.as(CharterPublished.class);
        if (c.previousVersion() == null) {
            return List.of();
        }
        var values = model().text("charterVersion", c.charterVersion())
                .value("deadline", instant(c.acceptanceDeadline())).build();
        return directory.membersYetToAccept(c.charterVersion()).stream()
                .map(memberId -> new Notification(CHARTER_TO_ACCEPT, Audience.member(memberId), values))
                .toList();
    }

    private List<Notification> charterAccepted(InboundEvent event) {
        CharterAccepted c = event.as(CharterAccepted.class);
        return List.of(new Notification(CHARTER_ACCEPTED, Audience.member(c.memberId()), model()
                .text("charterVersion", c.charterVersion()).build()));
    }

    /** Operators only. The reported member is never told: the report and its author stay confidential. */
    private List<Notification> ethicsReport(InboundEvent event) {
        EthicsReportFiled e = event.as(EthicsReportFiled.class);
        return List.of(new Notification(OPERATOR_ETHICS_REPORT, Audience.operators(), model()
                .value("principle", number(e.principle()))
                .value("principleArea", code("principle", Integer.toString(e.principle())))
                .text("reportId", e.reportId()).build()));
    }

    private static Audience applicant(String userId, ContactPerson contact) {
        return contact == null ? Audience.user(userId, null, null, null, null)
                : Audience.user(userId, contact.email(), contact.firstName(), contact.language(), null);
    }

    static String type(Class<? extends IsecEvent> event) {
        return EventTypes.of(event).type();
    }
}
