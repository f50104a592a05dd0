package org.isec.contracts.membership;

import java.time.Instant;

import org.isec.contracts.EventType;
import org.isec.contracts.IsecEvent;
import org.isec.contracts.PersonalData;

/**
 * An operator approved an application; the organisation is now an active member.
 * Subject: the new member, so the member's later standing events follow it on the same partition.
 *
 * @param userId the applicant's Keycloak user id ({@code sub}), who becomes the member's first user
 */
@EventType(value = "isec.membership.MemberApproved", partnerVisible = true)
public record MemberApproved(
        String memberId,
        String applicationId,
        @PersonalData String userId,
        OrganizationProfile organization,
        @PersonalData ContactPerson contact,
        String charterVersion,
        Instant approvedAt) implements IsecEvent {

    @Override
    public String subject() {
        return memberId;
    }
}
