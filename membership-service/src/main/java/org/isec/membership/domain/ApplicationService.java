package org.isec.membership.domain;

import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;

import org.isec.defaults.problem.ConflictException;
import org.isec.defaults.problem.ForbiddenException;
import org.isec.defaults.problem.NotFoundException;
import org.isec.defaults.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/** Applying, and the operators' decisions on applications. */
@Service
public class ApplicationService {

    private static final Logger log = LoggerFactory.getLogger(ApplicationService.class);
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private final MembershipRepository memberships;
    private final CharterService charters;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApplicationService(MembershipRepository memberships, CharterService charters, AuditLog audit,
                       ApplicationEventPublisher events, Clock clock) {
        this.memberships = memberships;
        this.charters = charters;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public Membership apply(ApplicationForm form, Caller caller) {
        if (caller.hasRole("partner")) {
            // A partner's client-credentials account is a machine acting for a partner organisation: approving it
            // would give a service account the member role and an organisation.
            throw new ForbiddenException("PARTNER_CLIENT", "Partner clients cannot apply; a person of the "
                    + "organisation applies with their own account.");
        }
        if (caller.isOperator() || caller.hasRole("advisor") || caller.hasRole("trainer")) {
            // Staff decide on applications, advise members and train them: applying with the same account would let
            // an operator approve their own organisation and mix the consortium's role with a member's.
            throw new ForbiddenException("STAFF_ACCOUNT", "Consortium staff accounts (operator, advisor, trainer) "
                    + "cannot apply for an organisation; its contact applies with a personal account.");
        }
        // Accounts that may never apply are refused above; bad input is named before this account's own state.
        ApplicationRules.Valid valid = ApplicationRules.check(form, charters.current(),
                Year.now(clock.withZone(ROME)));
        if (caller.orgId() != null) {
            throw new ConflictException("ALREADY_MEMBER", "You already act for member organisation "
                    + caller.orgId() + "; one user applies for one organisation.");
        }
        Membership application = Membership.submit(caller.userId(), valid, clock.instant());
        try {
            memberships.insert(application);
        } catch (DuplicateKeyException e) {
            throw duplicate(e);
        }
        log.info("application {} submitted", application.id());
        return application;
    }

    /** The applicant's own application, or any for an operator; anyone else learns nothing, not even existence. */
    public Membership get(String id, Caller caller) {
        return memberships.findById(id)
                .filter(m -> caller.isOperator() || m.isAppliedFor(caller.userId()))
                .orElseThrow(() -> new NotFoundException("application", id));
    }

    /** Operators see every application (optionally of one status); applicants see their own. */
    public Page<Membership> list(ApplicationStatus status, int page, int size, Caller caller) {
        PageRequest pageable = PageRequest.of(page, size, Sort.by("submittedAt"));
        if (!caller.isOperator()) {
            return memberships.findByApplicantUserId(caller.userId(), pageable);
        }
        return status == null ? memberships.findAll(pageable) : memberships.findByStatus(status, pageable);
    }

    public Membership approve(String id, Caller caller) {
        Actor operator = Operators.require(caller);
        Membership application = decidable(id, caller);
        application.approve(operator, clock.instant());
        memberships.save(application);
        audit.record(operator, "APPLICATION_APPROVED", "application", id, "member " + application.memberId());
        log.info("application {} approved by {}: member {}", id, operator.userId(), application.memberId());
        events.publishEvent(new ProvisioningRequested(application.id()));
        return application;
    }

    public Membership reject(String id, String reason, Caller caller) {
        Actor operator = Operators.require(caller);
        String why = Operators.requireReason(reason, "reason");
        Membership application = decidable(id, caller);
        application.reject(why, operator, clock.instant());
        memberships.save(application);
        audit.record(operator, "APPLICATION_REJECTED", "application", id, why);
        log.info("application {} rejected by {}", id, operator.userId());
        return application;
    }

    /** An application this operator may decide: never one they submitted themselves (before becoming staff). */
    private Membership decidable(String id, Caller caller) {
        Membership application = get(id, caller);
        if (application.isAppliedFor(caller.userId())) {
            throw new ForbiddenException("OWN_APPLICATION", "An operator cannot decide on an application they "
                    + "submitted; another operator decides.");
        }
        return application;
    }

    private static ConflictException duplicate(DuplicateKeyException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains(MongoIndexes.VAT_KEY)) {
            return new ConflictException("VAT_ALREADY_REGISTERED",
                    "An application for this VAT number is pending, or the organisation is already a member.");
        }
        if (message.contains(MongoIndexes.APPLICANT_KEY)) {
            return new ConflictException("APPLICATION_ALREADY_OPEN",
                    "You already have an application pending or approved; one user applies for one organisation.");
        }
        return new ConflictException("DUPLICATE", "This application collides with an existing one.");
    }
}
