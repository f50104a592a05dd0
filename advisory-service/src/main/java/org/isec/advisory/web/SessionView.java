package org.isec.advisory.web;

import java.time.OffsetDateTime;

import org.isec.advisory.domain.sessions.Booking;
import org.isec.advisory.domain.sessions.SessionMode;

/** A session, its times in Europe/Rome. */
record SessionView(String id, String requestId, OffsetDateTime start, OffsetDateTime end, String timeZone,
                   SessionMode mode, String location, OffsetDateTime bookedAt) {

    static SessionView of(Booking b) {
        return new SessionView(b.sessionId(), b.requestId(), RomeTime.of(b.start()), RomeTime.of(b.end()),
                RomeTime.ZONE_NAME, b.mode(), b.location(), RomeTime.of(b.bookedAt()));
    }
}
