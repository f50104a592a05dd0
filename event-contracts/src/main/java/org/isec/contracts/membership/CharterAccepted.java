package org.isec.contracts.membership;

import java.time.Instant;

import org.isec.contracts.EventType;
import org.isec.contracts.IsecEvent;
import org.isec.contracts.PersonalData;

/** A member accepted a charter version; {@code userId} is who accepted for it. Subject: the member. */
@EventType("isec.membership.CharterAccepted")
public record CharterAccepted(
        String memberId,
        String charterVersion,
        @PersonalData String userId,
        Instant acceptedAt) implements IsecEvent {

    @Override
    public String subject() {
        return memberId;
    }
}
