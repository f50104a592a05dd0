package org.isec.advisory.domain.sessions;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import org.isec.advisory.domain.advisors.AdvisorDirectory;
import org.isec.advisory.domain.cases.AdvisoryCase;
import org.isec.advisory.domain.cases.Cases;
import org.isec.advisory.domain.sessions.AdvisorCalendar.SessionRequest;
import org.isec.defaults.problem.ConflictException;
import org.isec.defaults.problem.InvalidInputException;
import org.isec.defaults.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/** Advisory sessions: booked in the assigned advisor's calendar, never two at once. Business time is Europe/Rome. */
@Service
public class Sessions {

    public static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final Logger log = LoggerFactory.getLogger(Sessions.class);
    private static final Duration LONGEST = Duration.ofHours(8);
    /** Concurrent bookings of one advisor retry on the version; more losers than this in a row is not plausible. */
    private static final int ATTEMPTS = 10;

    private final AdvisorCalendarRepository calendars;
    private final Cases cases;
    private final AdvisorDirectory advisors;
    private final Clock clock;

    Sessions(AdvisorCalendarRepository calendars, Cases cases, AdvisorDirectory advisors, Clock clock) {
        this.calendars = calendars;
        this.cases = cases;
        this.advisors = advisors;
        this.clock = clock;
    }

    /**
     * @param start an ISO-8601 date-time; without an offset it is read as Europe/Rome wall-clock time
     * @throws ConflictException {@code ADVISOR_DOUBLE_BOOKED} when the advisor is busy at that time
     */
    public Booking schedule(String caseId, String start, String end, SessionMode mode, String location, Caller caller) {
        Instant now = Instant.now(clock);
        var problems = InvalidInputException.builder();
        Instant from = parse("start", start, problems);
        Instant to = parse("end", end, problems);
        problems.addIf(mode == null, "mode", "is required: IN_PERSON, VIDEO or PHONE")
                .addIf(mode == SessionMode.IN_PERSON && (location == null || location.isBlank()), "location",
                        "is required for an in-person session")
                .addIf(location != null && location.length() > 500, "location", "must be at most 500 characters");
        if (from != null && to != null) {
            problems.addIf(!to.isAfter(from), "end", "must be after start")
                    .addIf(Duration.between(from, to).compareTo(LONGEST) > 0, "end",
                            "a session lasts at most " + LONGEST.toHours() + " hours")
                    .addIf(!from.isAfter(now), "start", "must be in the future");
        }
        problems.throwIfAny();

        AdvisoryCase c = cases.requireBookable(caseId, caller);
        String advisorId = c.assignment().advisorId();
        String advisorEmail = advisors.get(advisorId).email();
        var request = new SessionRequest(c.id(), c.memberId(), from, to, mode,
                location == null || location.isBlank() ? null : location.strip());
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            AdvisorCalendar calendar = calendars.findById(advisorId).orElseGet(() -> AdvisorCalendar.of(advisorId));
            Booking booking = calendar.book(request, advisorEmail, caller.userId(), now);
            try {
                calendars.save(calendar);
                log.info("session {} booked for case {} with advisor {}", booking.sessionId(), c.id(), advisorId);
                return booking;
            } catch (OptimisticLockingFailureException | DuplicateKeyException raced) {
                log.debug("calendar of advisor {} changed while booking, attempt {}", advisorId, attempt);
            }
        }
        throw new ConflictException("CALENDAR_BUSY", "The advisor's calendar is changing too fast; try again.");
    }

    public List<Booking> ofCase(AdvisoryCase c) {
        return calendars.findByBookingsRequestId(c.id()).stream()
                .flatMap(calendar -> calendar.bookings().stream())
                .filter(b -> b.requestId().equals(c.id()))
                .sorted(Comparator.comparing(Booking::start))
                .toList();
    }

    public List<Booking> ofAdvisor(String advisorId) {
        return calendars.findById(advisorId).map(AdvisorCalendar::bookings).orElse(List.of()).stream()
                .sorted(Comparator.comparing(Booking::start)).toList();
    }

    private static Instant parse(String field, String value, InvalidInputException.Builder problems) {
        if (value == null || value.isBlank()) {
            problems.add(field, "is required");
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException withoutOffset) {
            try {
                return LocalDateTime.parse(value).atZone(ROME).toInstant();
            } catch (DateTimeException e) {
                problems.add(field, "must be an ISO-8601 date-time, e.g. 2027-03-01T10:00 (Europe/Rome time)"
                        + " or 2027-03-01T09:00:00Z");
                return null;
            }
        }
    }
}
