package org.isec.contracts.advisory;

import java.time.Instant;

import org.isec.contracts.EventType;
import org.isec.contracts.IsecEvent;
import org.isec.contracts.PersonalData;

/**
 * A case was closed with its outcome. Subject: the request.
 *
 * @param outcome      short outcome code or summary, e.g. {@code LOAN_APPLICATION_SUBMITTED}
 * @param satisfaction the member's rating 1–5; null if not given
 */
@EventType("isec.advisory.AdvisoryCaseClosed")
public record AdvisoryCaseClosed(
        String requestId,
        String memberId,
        @PersonalData String advisorId,
        String area,
        String outcome,
        Integer satisfaction,
        Instant closedAt) implements IsecEvent {

    @Override
    public String subject() {
        return requestId;
    }
}
