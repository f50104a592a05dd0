package org.isec.contracts.advisory;

import java.time.Instant;

import org.isec.contracts.EventType;
import org.isec.contracts.IsecEvent;
import org.isec.contracts.PersonalData;

/**
 * A member asked for advice. The description stays in advisory. Subject: the request (case).
 *
 * @param area                 ADMINISTRATIVE, FINANCIAL, ORGANISATIONAL, MARKETING, LEGAL, FUNDING or
 *                             INTERNATIONALISATION; more may be added
 * @param userId               who asked, for the member
 * @param fundingOpportunityId the funding call the case was opened from; null otherwise
 */
@EventType("isec.advisory.AdvisoryRequested")
public record AdvisoryRequested(
        String requestId,
        String memberId,
        @PersonalData String userId,
        String area,
        String preferredLanguage,
        String fundingOpportunityId,
        Instant requestedAt) implements IsecEvent {

    @Override
    public String subject() {
        return requestId;
    }
}
