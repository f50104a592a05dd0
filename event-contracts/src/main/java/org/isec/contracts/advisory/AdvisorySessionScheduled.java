package org.isec.contracts.advisory;

import java.time.Instant;

import org.isec.contracts.EventType;
import org.isec.contracts.IsecEvent;
import org.isec.contracts.PersonalData;

/**
 * The advisor booked a session for a case. Subject: the request.
 *
 * @param mode     {@link #IN_PERSON}, {@link #VIDEO} or {@link #PHONE}
 * @param location address for in-person sessions, meeting link for video; may be null
 */
@EventType("isec.advisory.AdvisorySessionScheduled")
public record AdvisorySessionScheduled(
        String requestId,
        String sessionId,
        String memberId,
        @PersonalData String advisorId,
        @PersonalData String advisorEmail,
        Instant start,
        Instant end,
        String mode,
        String location,
        Instant scheduledAt) implements IsecEvent {

    public static final String IN_PERSON = "IN_PERSON";
    public static final String VIDEO = "VIDEO";
    public static final String PHONE = "PHONE";

    @Override
    public String subject() {
        return requestId;
    }
}
