package org.isec.membership.domain;

import java.time.Clock;
import java.time.Instant;

import org.isec.contracts.membership.MemberReinstated;
import org.isec.defaults.problem.ConflictException;
import org.isec.defaults.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/** Whether a member may trade: operators' suspensions and reinstatements, and the charter deadline. */
@Service
public class StandingService {

    private static final Logger log = LoggerFactory.getLogger(StandingService.class);

    private final MembershipRepository memberships;
    private final CharterService charters;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StandingService(MembershipRepository memberships, CharterService charters, AuditLog audit,
                    ApplicationEventPublisher events, Clock clock) {
        this.memberships = memberships;
        this.charters = charters;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public Membership suspend(String memberId, String reason, Caller caller) {
        Actor operator = Operators.require(caller);
        String why = Operators.requireReason(reason, "reason");
        Membership member = member(memberId);
        if (!member.suspend(Suspension.byOperator(why, operator, clock.instant()), clock.instant())) {
            throw new ConflictException("ALREADY_SUSPENDED", "Member " + memberId + " is already suspended ("
                    + member.suspension().reason() + ").");
        }
        saveAndProvision(member);
        audit.record(operator, "MEMBER_SUSPENDED", "member", memberId, why);
        log.info("member {} suspended by {}", memberId, operator.userId());
        return member;
    }

    /**
     * Lifts an operator's or an ethics suspension. A member behind on a charter whose deadline has passed stays
     * suspended, now for the charter, which it lifts itself by accepting.
     */
    public Membership reinstate(String memberId, String note, Caller caller) {
        Actor operator = Operators.require(caller);
        Membership member = member(memberId);
        Instant now = clock.instant();
        if (member.suspension() == null) {
            throw new ConflictException("NOT_SUSPENDED", "Member " + memberId + " is not suspended.");
        }
        if (member.suspension().isForCharter()) {
            throw new ConflictException("CHARTER_ACCEPTANCE_REQUIRED", "Member " + memberId
                    + " is suspended until it accepts the charter; accepting reinstates it.");
        }
        String detail = note == null || note.isBlank() ? null : note.strip();
        var required = charters.requiredNow().filter(c -> !member.hasAccepted(c.number()));
        if (required.isPresent()) {
            member.replaceSuspension(Suspension.forCharter(required.get().number(), now), now);
            memberships.save(member);
        } else {
            member.reinstate(MemberReinstated.OPERATOR_DECISION, detail, now);
            saveAndProvision(member);
        }
        audit.record(operator, "MEMBER_REINSTATED", "member", memberId, detail);
        log.info("member {} reinstated by {}{}", memberId, operator.userId(),
                required.isPresent() ? "; still suspended until it accepts the charter" : "");
        return member;
    }

    /** Suspends the member for an upheld ethics report; a member already suspended by an operator stays so. */
    boolean suspendForEthics(String memberId, String reportId, String detail, Actor operator) {
        Membership member = member(memberId);
        Instant now = clock.instant();
        if (!member.suspend(Suspension.forEthics(reportId, detail, operator, now), now)) {
            return false;
        }
        saveAndProvision(member);
        audit.record(operator, "MEMBER_SUSPENDED", "member", memberId, "ethics report " + reportId);
        return true;
    }

    /**
     * Suspends every active member that has not accepted the charter whose deadline has passed. Each member is
     * one versioned write, so two instances running this at once suspend each member once: the slower write
     * fails on the version and is skipped.
     */
    public int suspendMembersLateOnCharter() {
        var required = charters.requiredNow();
        if (required.isEmpty()) {
            return 0;
        }
        int version = required.get().number();
        int suspended = 0;
        for (Membership member : memberships.findByStatusAndSuspensionIsNullAndCharterAcceptanceVersionLessThan(
                ApplicationStatus.APPROVED, version)) {
            Instant now = clock.instant();
            try {
                if (member.suspend(Suspension.forCharter(version, now), now)) {
                    saveAndProvision(member);
                    suspended++;
                    log.info("member {} suspended: charter version {} not accepted by its deadline",
                            member.memberId(), version);
                }
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                log.debug("member {} changed meanwhile; the next run looks at it again", member.memberId());
            }
        }
        return suspended;
    }

    private Membership member(String memberId) {
        return memberships.findByMemberId(memberId).filter(Membership::isMember)
                .orElseThrow(() -> new org.isec.defaults.problem.NotFoundException("member", memberId));
    }

    private void saveAndProvision(Membership member) {
        memberships.save(member);
        events.publishEvent(new ProvisioningRequested(member.id()));
    }
}
