package org.isec.membership.web;

import java.time.Instant;

import org.isec.defaults.security.Caller;
import org.isec.membership.domain.ApplicationStatus;
import org.isec.membership.domain.Contact;
import org.isec.membership.domain.Membership;
import org.isec.membership.domain.Organization;

/**
 * An application as its applicant or an operator sees it.
 *
 * @param decision null while SUBMITTED; {@code decidedBy} is shown to operators only
 * @param memberId set once approved
 */
record ApplicationView(String id, ApplicationStatus status, Instant submittedAt, String charterVersion,
                       Organization organization, Contact contact, DecisionView decision, String memberId) {

    record DecisionView(ApplicationStatus outcome, Instant at, String reason, String decidedBy) {
    }

    static ApplicationView of(Membership m, Caller caller) {
        DecisionView decision = m.decision() == null ? null : new DecisionView(m.decision().outcome(),
                m.decision().at(), m.decision().reason(), caller.isOperator() ? m.decision().by().username() : null);
        return new ApplicationView(m.id(), m.status(), m.submittedAt(), String.valueOf(m.appliedCharterVersion()),
                m.organization(), m.contact(), decision, m.memberId());
    }
}
