package org.isec.contracts.advisory;

import java.time.Instant;

import org.isec.contracts.EventType;
import org.isec.contracts.IsecEvent;
import org.isec.contracts.PersonalData;

/**
 * An operator assigned an advisor to a case; the member and the advisor are told. Subject: the request.
 *
 * @param advisorId    the advisor's Keycloak user id
 * @param advisorName  shown to the member
 * @param advisorEmail where the advisor is notified
 */
@EventType("isec.advisory.AdvisorAssigned")
public record AdvisorAssigned(
        String requestId,
        String memberId,
        String area,
        String preferredLanguage,
        @PersonalData String advisorId,
        @PersonalData String advisorName,
        @PersonalData String advisorEmail,
        Instant assignedAt) implements IsecEvent {

    @Override
    public String subject() {
        return requestId;
    }
}
