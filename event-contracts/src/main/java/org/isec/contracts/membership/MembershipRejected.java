package org.isec.contracts.membership;

import java.time.Instant;

import org.isec.contracts.EventType;
import org.isec.contracts.IsecEvent;
import org.isec.contracts.PersonalData;

/** An operator rejected an application; {@code reason} is shown to the applicant. Subject: the application. */
@EventType("isec.membership.MembershipRejected")
public record MembershipRejected(
        String applicationId,
        @PersonalData String userId,
        String legalName,
        String reason,
        @PersonalData ContactPerson contact,
        Instant rejectedAt) implements IsecEvent {

    @Override
    public String subject() {
        return applicationId;
    }
}
