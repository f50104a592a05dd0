package org.isec.membership.web;

import java.time.Instant;

import org.isec.defaults.security.Caller;
import org.isec.membership.domain.EthicsReport;

/** An ethics report for an operator (who filed it included) or for the organisation that filed it. */
record EthicsReportView(String id, String subjectMemberId, int principle, String description, Instant filedAt,
                        EthicsReport.Status status, ResolutionView resolution, String reporterMemberId) {

    record ResolutionView(EthicsReport.Outcome outcome, String note, Instant at, String resolvedBy) {
    }

    static EthicsReportView of(EthicsReport r, Caller caller) {
        ResolutionView resolution = r.resolution() == null ? null : new ResolutionView(r.resolution().outcome(),
                r.resolution().note(), r.resolution().at(),
                caller.isOperator() ? r.resolution().by().username() : null);
        return new EthicsReportView(r.id(), r.subjectMemberId(), r.principle(), r.description(), r.filedAt(),
                r.status(), resolution, r.reporterMemberId());
    }
}
