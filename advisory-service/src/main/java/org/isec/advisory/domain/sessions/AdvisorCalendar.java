package org.isec.advisory.domain.sessions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.isec.contracts.advisory.AdvisorySessionScheduled;
import org.isec.defaults.outbox.AggregateRoot;
import org.isec.defaults.problem.ConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Every session of one advisor, across all their cases, in one document. That is what makes "no double booking"
 * hold without transactions: the overlap check and the new booking are one versioned write, so of two concurrent
 * bookings the second save fails on the version, re-reads, and then sees the first.
 */
@Document("advisor_calendars")
public class AdvisorCalendar extends AggregateRoot {

    @Id
    private String advisorId;
    private List<Booking> bookings = new ArrayList<>();

    protected AdvisorCalendar() {
    }

    static AdvisorCalendar of(String advisorId) {
        var calendar = new AdvisorCalendar();
        calendar.advisorId = advisorId;
        return calendar;
    }

    /** @param session what to book; refused with 409 if it overlaps any session the advisor already has */
    Booking book(SessionRequest session, String advisorEmail, String bookedBy, Instant now) {
        bookings.stream().filter(b -> b.overlaps(session.start(), session.end())).findFirst().ifPresent(taken -> {
            throw new ConflictException("ADVISOR_DOUBLE_BOOKED",
                    "The advisor already has a session from " + taken.start() + " to " + taken.end() + ".");
        });
        var booking = new Booking(UUID.randomUUID().toString(), session.requestId(), session.memberId(),
                session.start(), session.end(), session.mode(), session.location(), bookedBy, now);
        bookings.add(booking);
        raise(new AdvisorySessionScheduled(session.requestId(), booking.sessionId(), session.memberId(), advisorId,
                advisorEmail, session.start(), session.end(), session.mode().name(), session.location(), now));
        return booking;
    }

    List<Booking> bookings() {
        return List.copyOf(bookings);
    }

    /** A validated session to book for a case. */
    record SessionRequest(String requestId, String memberId, Instant start, Instant end, SessionMode mode,
                          String location) {
    }
}
