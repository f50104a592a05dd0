package org.isec.membership.domain;

import java.time.Instant;

import org.isec.contracts.membership.MemberSuspended;

/**
 * Why a member may not trade. A charter suspension is the member's own to lift by accepting the charter; the
 * others are lifted by an operator, and they take precedence over a charter suspension.
 *
 * @param reason         one of the {@link MemberSuspended} reason codes
 * @param ethicsReportId the report behind an ethics suspension, else null
 * @param by             the operator, or null when the platform suspended on its own (charter deadline)
 */
public record Suspension(String reason, String detail, String ethicsReportId, Instant since, Actor by) {

    static Suspension byOperator(String detail, Actor operator, Instant now) {
        return new Suspension(MemberSuspended.OPERATOR_DECISION, detail, null, now, operator);
    }

    static Suspension forEthics(String reportId, String detail, Actor operator, Instant now) {
        return new Suspension(MemberSuspended.ETHICS_SUSPENSION, detail, reportId, now, operator);
    }

    static Suspension forCharter(int requiredVersion, Instant now) {
        return new Suspension(MemberSuspended.CHARTER_NOT_ACCEPTED,
                "Charter version " + requiredVersion + " was not accepted before its deadline.", null, now, null);
    }

    boolean isForCharter() {
        return MemberSuspended.CHARTER_NOT_ACCEPTED.equals(reason);
    }

    MemberSuspended toEvent(String memberId) {
        return new MemberSuspended(memberId, reason, detail, ethicsReportId, since);
    }
}
