package org.isec.membership.domain;

import java.time.Clock;

import org.isec.contracts.training.CourseCompleted;
import org.isec.defaults.problem.ForbiddenException;
import org.isec.defaults.problem.InvalidInputException;
import org.isec.defaults.problem.NotFoundException;
import org.isec.defaults.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** A member's own profile, its charter acceptances, and the trainings it completed. */
@Service
public class MemberService {

    private static final Logger log = LoggerFactory.getLogger(MemberService.class);

    private final MembershipRepository memberships;
    private final CharterService charters;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MemberService(MembershipRepository memberships, CharterService charters, ApplicationEventPublisher events,
                  Clock clock) {
        this.memberships = memberships;
        this.charters = charters;
        this.events = events;
        this.clock = clock;
    }

    /** Members and operators see every member; an organisation always sees itself, even while suspended. */
    public Membership get(String memberId, Caller caller) {
        boolean own = memberId.equals(caller.orgId());
        if (!own && !MemberDirectory.maySee(caller)) {
            throw new ForbiddenException("MEMBERS_ONLY", "The member directory is for members and operators.");
        }
        return memberships.findByMemberId(memberId).filter(Membership::isMember)
                .orElseThrow(() -> new NotFoundException("member", memberId));
    }

    public Membership mine(Caller caller) {
        return get(caller.requireOrgId(), caller);
    }

    public Membership changeProfile(String memberId, ProfileChanges changes, Caller caller) {
        Membership member = get(memberId, caller);
        if (!memberId.equals(caller.orgId())) {
            throw new ForbiddenException("OWN_ORGANISATION_ONLY", "Only the organisation itself changes its profile.");
        }
        if (changes == null) {
            throw InvalidInputException.of("body", "is required");
        }
        ProfileRules.Result result = ProfileRules.apply(member.organization(), member.contact(), changes);
        if (result.changedFields().isEmpty()) {
            return member;
        }
        member.changeProfile(result.organization(), result.contact(), result.changedFields(), clock.instant());
        memberships.save(member);
        log.info("member {} changed its profile: {}", memberId, result.changedFields());
        return member;
    }

    public record Acceptance(Membership member, Charter charter, boolean recorded) {
    }

    /**
     * The member accepts a charter version: the one in force or a newer one already published. Accepting again
     * changes nothing; accepting lifts a suspension that was only for not having accepted.
     */
    public Acceptance acceptCharter(String version, Caller caller) {
        Membership member = get(caller.requireOrgId(), caller);
        if (version == null || version.isBlank()) {
            throw InvalidInputException.of("charterVersion", "is required: the version you accept");
        }
        Charter current = charters.current();
        Charter charter = charters.all().stream().filter(c -> c.id().equals(version.strip())).findFirst()
                .filter(c -> c.number() >= current.number())
                .orElseThrow(() -> InvalidInputException.of("charterVersion",
                        "must be the charter in force (" + current.id() + ") or a newer published version"));
        boolean wasSuspended = !member.isActive();
        boolean recorded = member.acceptCharter(charter, caller.userId(), clock.instant());
        if (recorded) {
            memberships.save(member);
            log.info("member {} accepted charter version {}", member.memberId(), charter.id());
            if (wasSuspended && member.isActive()) {
                log.info("member {} reinstated: charter accepted", member.memberId());
                events.publishEvent(new ProvisioningRequested(member.id()));
            }
        }
        return new Acceptance(member, charter, recorded);
    }

    /** Records an ethics course on the member; redelivered events change nothing. */
    public boolean recordEthicsTraining(String eventId, CourseCompleted completed) {
        if (!CourseCompleted.ETHICS_TOPIC.equals(completed.courseTopic()) || completed.memberId() == null) {
            return false;
        }
        Membership member = memberships.findByMemberId(completed.memberId()).orElse(null);
        if (member == null) {
            log.warn("course completion {} names unknown member {}; ignored", eventId, completed.memberId());
            return false;
        }
        if (!member.recordEthicsTraining(eventId, completed)) {
            return false;
        }
        // A concurrent save fails on the version; the listener's retry then reloads and finds it recorded or not.
        memberships.save(member);
        log.info("member {} completed ethics course {}", member.memberId(), completed.courseId());
        return true;
    }
}
