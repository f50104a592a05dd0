package org.isec.contracts.membership;

import java.time.Instant;
import java.util.List;

import org.isec.contracts.EventType;
import org.isec.contracts.IsecEvent;
import org.isec.contracts.PersonalData;

/**
 * The member changed its profile. Carries the whole profile after the change, so a projection simply replaces
 * what it holds. Subject: the member.
 *
 * @param organization  the organisation facts after the change
 * @param contact       the contact after the change; null when the contact did not change
 * @param changedFields names of the changed fields, e.g. {@code capabilities}, {@code contact.language}
 */
@EventType("isec.membership.MemberProfileUpdated")
public record MemberProfileUpdated(
        String memberId,
        OrganizationProfile organization,
        @PersonalData ContactPerson contact,
        List<String> changedFields,
        Instant updatedAt) implements IsecEvent {

    public MemberProfileUpdated {
        changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
    }

    @Override
    public String subject() {
        return memberId;
    }
}
