package org.isec.contracts.membership;

import java.time.Instant;

import org.isec.contracts.EventType;
import org.isec.contracts.IsecEvent;
import org.isec.contracts.PersonalData;

/** An organisation applied to join, having accepted {@code charterVersion}. Subject: the application. */
@EventType("isec.membership.MembershipApplied")
public record MembershipApplied(
        String applicationId,
        @PersonalData String userId,
        OrganizationProfile organization,
        @PersonalData ContactPerson contact,
        String charterVersion,
        Instant appliedAt) implements IsecEvent {

    @Override
    public String subject() {
        return applicationId;
    }
}
