package org.isec.advisory.domain.sessions;

import java.time.Instant;

/** One session in an advisor's calendar; it occupies the half-open interval [start, end). */
public record Booking(String sessionId, String requestId, String memberId, Instant start, Instant end,
                      SessionMode mode, String location, String bookedBy, Instant bookedAt) {

    boolean overlaps(Instant otherStart, Instant otherEnd) {
        return start.isBefore(otherEnd) && otherStart.isBefore(end);
    }
}
