package org.isec.membership.domain;

import java.time.Clock;

import org.isec.defaults.problem.InvalidInputException;
import org.isec.defaults.problem.NotFoundException;
import org.isec.defaults.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * Members report breaches of the charter; operators review them. A report is visible to operators and to the
 * organisation that filed it — never to the organisation reported.
 */
@Service
public class EthicsReportService {

    private static final Logger log = LoggerFactory.getLogger(EthicsReportService.class);

    private final EthicsReportRepository reports;
    private final MembershipRepository memberships;
    private final StandingService standing;
    private final AuditLog audit;
    private final Clock clock;

    EthicsReportService(EthicsReportRepository reports, MembershipRepository memberships, StandingService standing,
                        AuditLog audit, Clock clock) {
        this.reports = reports;
        this.memberships = memberships;
        this.standing = standing;
        this.audit = audit;
        this.clock = clock;
    }

    public EthicsReport file(String subjectMemberId, Integer principle, String description, Caller caller) {
        String reporter = caller.requireOrgId();
        InvalidInputException.Builder errors = InvalidInputException.builder();
        if (subjectMemberId == null || subjectMemberId.isBlank()) {
            errors.add("subjectMemberId", "is required");
        } else if (subjectMemberId.equals(reporter)) {
            errors.add("subjectMemberId", "must be another member, not your own organisation");
        } else if (memberships.findByMemberId(subjectMemberId).filter(Membership::isMember).isEmpty()) {
            errors.add("subjectMemberId", "is not a member");
        }
        errors.addIf(principle == null || principle < 1 || principle > 10, "principle",
                "must be the number of a Global Compact principle, 1 to 10");
        errors.addIf(description == null || description.strip().length() < 20, "description",
                "must describe what happened in at least 20 characters");
        errors.addIf(description != null && description.length() > 5000, "description",
                "must be at most 5000 characters");
        errors.throwIfAny();
        EthicsReport report = EthicsReport.file(reporter, caller.userId(), subjectMemberId, principle,
                description.strip(), clock.instant());
        reports.insert(report);
        log.info("ethics report {} filed about member {} (principle {})", report.id(), subjectMemberId, principle);
        return report;
    }

    public EthicsReport get(String id, Caller caller) {
        return reports.findById(id)
                .filter(r -> caller.isOperator() || (caller.orgId() != null && r.wasFiledBy(caller.orgId())))
                .orElseThrow(() -> new NotFoundException("ethics report", id));
    }

    /** Operators: all reports, optionally of one status. Members: the reports their organisation filed. */
    public Page<EthicsReport> list(EthicsReport.Status status, int page, int size, Caller caller) {
        PageRequest pageable = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "filedAt"));
        if (!caller.isOperator()) {
            return reports.findByReporterMemberId(caller.requireOrgId(), pageable);
        }
        return status == null ? reports.findAll(pageable) : reports.findByStatus(status, pageable);
    }

    /**
     * Resolves the report. For SUSPENSION the member is suspended first and the report resolved second: if the
     * service stops in between, the report is still open, and resolving it again finds the member suspended.
     */
    public EthicsReport resolve(String id, EthicsReport.Outcome outcome, String note, Caller caller) {
        Actor operator = Operators.require(caller);
        if (outcome == null) {
            throw InvalidInputException.of("outcome", "is required: DISMISSED, WARNING or SUSPENSION");
        }
        String why = Operators.requireReason(note, "note");
        EthicsReport report = get(id, caller);
        report.resolve(outcome, why, operator, clock.instant());
        if (outcome == EthicsReport.Outcome.SUSPENSION) {
            standing.suspendForEthics(report.subjectMemberId(), report.id(),
                    "Ethics review of a report under principle " + report.principle() + ": " + why, operator);
        }
        reports.save(report);
        audit.record(operator, "ETHICS_REPORT_RESOLVED", "ethics report", id, outcome + ": " + why);
        log.info("ethics report {} resolved by {}: {}", id, operator.userId(), outcome);
        return report;
    }
}
