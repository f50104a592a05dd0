package org.isec.membership.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.isec.defaults.problem.ConflictException;
import org.isec.defaults.problem.InvalidInputException;
import org.isec.defaults.problem.NotFoundException;
import org.isec.defaults.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The charter's versions: which one is in force, which one members must have accepted by now, publishing a new
 * one. There are a handful of versions in the life of the consortium, so they are read whole and ordered here.
 */
@Service
public class CharterService {

    private static final Logger log = LoggerFactory.getLogger(CharterService.class);
    // Clients' clocks drift; an effective date a little in the past still means "now".
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final CharterRepository charters;
    private final AuditLog audit;
    private final Clock clock;
    private final int defaultGraceDays;

    CharterService(CharterRepository charters, AuditLog audit, Clock clock,
                   @Value("${isec.membership.charter.grace-days:30}") int defaultGraceDays) {
        this.charters = charters;
        this.audit = audit;
        this.clock = clock;
        this.defaultGraceDays = defaultGraceDays;
    }

    /** Stores version 1 unless a version exists; safe when several instances start at once. */
    public void seedFirstVersion(Map<String, CharterText> texts) {
        if (charters.existsById("1")) {
            return;
        }
        try {
            charters.insert(Charter.first(CharterRules.check(texts), clock.instant()));
            log.info("charter version 1 stored");
        } catch (DuplicateKeyException anotherInstanceWasFirst) {
            log.debug("charter version 1 was stored by another instance");
        }
    }

    /** The version in force now: the latest whose effective date has come. */
    public Charter current() {
        Instant now = clock.instant();
        return all().stream().filter(c -> c.isInForceAt(now)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no charter in force; was version 1 seeded?"));
    }

    /** The latest version, which may not be in force yet. */
    public Charter latest() {
        return all().getFirst();
    }

    public Charter version(String id) {
        return charters.findById(id).orElseThrow(() -> new NotFoundException("charter version", id));
    }

    public List<Charter> all() {
        return charters.findAllByOrderByNumberDesc();
    }

    /** The newest version whose acceptance deadline has passed: every active member must have accepted it. */
    public Optional<Charter> requiredNow() {
        Instant now = clock.instant();
        return all().stream().filter(c -> c.deadlinePassedAt(now)).findFirst();
    }

    public Charter publish(Map<String, CharterText> texts, Instant effectiveFrom, Integer graceDaysOrDefault,
                           String changeNote, Caller caller) {
        Actor operator = Operators.require(caller);
        int graceDays = graceDaysOrDefault == null ? defaultGraceDays : graceDaysOrDefault;
        Instant now = clock.instant();
        Instant from = effectiveFrom == null ? now : effectiveFrom;
        InvalidInputException.Builder errors = InvalidInputException.builder();
        errors.addIf(from.isBefore(now.minus(CLOCK_SKEW)), "effectiveFrom", "must not be in the past");
        errors.addIf(graceDays < 0 || graceDays > 365, "graceDays", "must be between 0 and 365");
        errors.addIf(changeNote == null || changeNote.isBlank(), "changeNote", "is required: say what changed");
        errors.throwIfAny();
        Charter previous = latest();
        Charter next = Charter.publish(previous, CharterRules.check(texts), from, graceDays, changeNote.strip(),
                operator, now);
        try {
            charters.insert(next);
        } catch (DuplicateKeyException concurrentPublication) {
            throw new ConflictException("CHARTER_VERSION_TAKEN",
                    "Version " + next.id() + " was published meanwhile; review it and publish again.");
        }
        audit.record(operator, "CHARTER_PUBLISHED", "charter", next.id(), changeNote.strip());
        log.info("charter version {} published by {}, effective {}, deadline {}", next.id(), operator.userId(),
                next.effectiveFrom(), next.acceptanceDeadline());
        return next;
    }
}
