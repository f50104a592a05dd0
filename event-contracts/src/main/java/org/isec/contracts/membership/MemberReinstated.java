package org.isec.contracts.membership;

import java.time.Instant;

import org.isec.contracts.EventType;
import org.isec.contracts.IsecEvent;

/**
 * The member is active again: no suspension remains. Subject: the member.
 *
 * @param reason {@link #CHARTER_ACCEPTED} or {@link #OPERATOR_DECISION}; more codes may be added
 * @param detail optional explanation
 */
@EventType("isec.membership.MemberReinstated")
public record MemberReinstated(
        String memberId,
        String reason,
        String detail,
        Instant reinstatedAt) implements IsecEvent {

    public static final String CHARTER_ACCEPTED = "CHARTER_ACCEPTED";
    public static final String OPERATOR_DECISION = "OPERATOR_DECISION";

    @Override
    public String subject() {
        return memberId;
    }
}
