package org.isec.contracts.membership;

import java.time.Instant;

import org.isec.contracts.EventType;
import org.isec.contracts.IsecEvent;

/**
 * The member lost the right to trade (publish, bid, be awarded, enrol) until reinstated. Subject: the member.
 *
 * @param reason         {@link #CHARTER_NOT_ACCEPTED}, {@link #ETHICS_SUSPENSION} or {@link #OPERATOR_DECISION};
 *                       more codes may be added
 * @param detail         human-readable explanation, shown to the member
 * @param ethicsReportId the report that led to it, for {@link #ETHICS_SUSPENSION}; otherwise null
 */
@EventType("isec.membership.MemberSuspended")
public record MemberSuspended(
        String memberId,
        String reason,
        String detail,
        String ethicsReportId,
        Instant suspendedAt) implements IsecEvent {

    public static final String CHARTER_NOT_ACCEPTED = "CHARTER_NOT_ACCEPTED";
    public static final String ETHICS_SUSPENSION = "ETHICS_SUSPENSION";
    public static final String OPERATOR_DECISION = "OPERATOR_DECISION";

    @Override
    public String subject() {
        return memberId;
    }
}
