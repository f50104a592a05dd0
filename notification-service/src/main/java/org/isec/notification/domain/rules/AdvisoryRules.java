package org.isec.notification.domain.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.isec.contracts.advisory.AdvisorAssigned;
import org.isec.contracts.advisory.AdvisoryCaseClosed;
import org.isec.contracts.advisory.AdvisoryRequested;
import org.isec.contracts.advisory.AdvisorySessionScheduled;
import org.isec.contracts.advisory.BusinessPlanFinalized;
import org.isec.contracts.advisory.FundingMatchFound;
import org.isec.contracts.advisory.FundingOpportunityPublished;
import org.isec.defaults.messaging.InboundEvent;
import org.isec.notification.domain.Audience;
import org.isec.notification.domain.Notification;
import org.isec.notification.domain.recipients.RecipientDirectory;
import org.isec.notification.domain.templates.TemplateValue;
import org.springframework.stereotype.Component;

import static org.isec.notification.domain.NotificationKind.ADVISOR_ASSIGNED;
import static org.isec.notification.domain.NotificationKind.ADVISOR_NEW_CASE;
import static org.isec.notification.domain.NotificationKind.ADVISORY_CASE_CLOSED;
import static org.isec.notification.domain.NotificationKind.ADVISORY_SESSION;
import static org.isec.notification.domain.NotificationKind.FUNDING_MATCH;
import static org.isec.notification.domain.NotificationKind.OPERATOR_ADVISORY_REQUEST;
import static org.isec.notification.domain.rules.MembershipRules.type;
import static org.isec.notification.domain.rules.Models.model;
import static org.isec.notification.domain.templates.TemplateValue.code;
import static org.isec.notification.domain.templates.TemplateValue.date;
import static org.isec.notification.domain.templates.TemplateValue.instant;

@Component
class AdvisoryRules implements RuleSet {

    private final RecipientDirectory directory;

    AdvisoryRules(RecipientDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Map<String, Rule> rules() {
        return Map.of(
                type(AdvisoryRequested.class), this::requested,
                type(AdvisorAssigned.class), this::assigned,
                type(AdvisorySessionScheduled.class), this::sessionScheduled,
                type(AdvisoryCaseClosed.class), this::closed,
                type(FundingMatchFound.class), this::fundingMatch);
    }

    @Override
    public Set<String> silent() {
        return Set.of(type(BusinessPlanFinalized.class), type(FundingOpportunityPublished.class));
    }

    /** Operators assign advisors, so a new request is their work. */
    private List<Notification> requested(InboundEvent event) {
        AdvisoryRequested r = event.as(AdvisoryRequested.class);
        return List.of(new Notification(OPERATOR_ADVISORY_REQUEST, Audience.operators(), model()
                .text("organisation", directory.organisationName(r.memberId()))
                .value("area", code("area", r.area()))
                .value("preferredLanguage", code("language", r.preferredLanguage())).build()));
    }

    private List<Notification> assigned(InboundEvent event) {
        AdvisorAssigned a = event.as(AdvisorAssigned.class);
        var member = new Notification(ADVISOR_ASSIGNED, Audience.member(a.memberId(), a.preferredLanguage()), model()
                .text("advisorName", a.advisorName())
                .value("area", code("area", a.area())).build());
        var advisor = new Notification(ADVISOR_NEW_CASE, advisor(a.advisorId(), a.advisorEmail()), model()
                .text("organisation", directory.organisationName(a.memberId()))
                .value("area", code("area", a.area()))
                .value("preferredLanguage", code("language", a.preferredLanguage())).build());
        return List.of(member, advisor);
    }

    /** Member and advisor both get the appointment. */
    private List<Notification> sessionScheduled(InboundEvent event) {
        AdvisorySessionScheduled s = event.as(AdvisorySessionScheduled.class);
        var values = model()
                .value("start", instant(s.start()))
                .value("end", instant(s.end()))
                .value("mode", code("mode", s.mode()))
                .value("location", s.location() == null || s.location().isBlank()
                        ? code("location", "TO_BE_CONFIRMED") : TemplateValue.text(s.location())).build();
        return List.of(new Notification(ADVISORY_SESSION, Audience.member(s.memberId()), values),
                new Notification(ADVISORY_SESSION, advisor(s.advisorId(), s.advisorEmail()), values));
    }

    private List<Notification> closed(InboundEvent event) {
        AdvisoryCaseClosed c = event.as(AdvisoryCaseClosed.class);
        return List.of(new Notification(ADVISORY_CASE_CLOSED, Audience.member(c.memberId()), model()
                .value("area", code("area", c.area()))
                .text("outcome", c.outcome()).build()));
    }

    private List<Notification> fundingMatch(InboundEvent event) {
        FundingMatchFound f = event.as(FundingMatchFound.class);
        return List.of(new Notification(FUNDING_MATCH, Audience.member(f.memberId()), model()
                .text("title", f.title())
                .value("deadline", date(f.deadline())).build()));
    }

    private static Audience advisor(String advisorId, String email) {
        return Audience.user(advisorId, email, null, null, null);
    }
}
