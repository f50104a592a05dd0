package org.isec.membership.domain;

import java.time.Instant;
import java.util.UUID;

import org.isec.contracts.membership.EthicsReportFiled;
import org.isec.defaults.outbox.AggregateRoot;
import org.isec.defaults.problem.ConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A member's report that another member breached a Global Compact principle. Who reported stays here: the event
 * names only the report, the reported member and the principle.
 */
@Document("ethics_reports")
public class EthicsReport extends AggregateRoot {

    public enum Status {
        OPEN, RESOLVED
    }

    public enum Outcome {
        DISMISSED, WARNING, SUSPENSION
    }

    public record Resolution(Outcome outcome, String note, Actor by, Instant at) {
    }

    @Id
    private String id;
    private String reporterMemberId;
    private String reporterUserId;
    private String subjectMemberId;
    private int principle;
    private String description;
    private Instant filedAt;
    private Status status;
    private Resolution resolution;

    private EthicsReport() {
    }

    static EthicsReport file(String reporterMemberId, String reporterUserId, String subjectMemberId, int principle,
                             String description, Instant now) {
        EthicsReport report = new EthicsReport();
        report.id = UUID.randomUUID().toString();
        report.reporterMemberId = reporterMemberId;
        report.reporterUserId = reporterUserId;
        report.subjectMemberId = subjectMemberId;
        report.principle = principle;
        report.description = description;
        report.filedAt = now;
        report.status = Status.OPEN;
        report.raise(new EthicsReportFiled(report.id, subjectMemberId, principle, now));
        return report;
    }

    void resolve(Outcome outcome, String note, Actor operator, Instant now) {
        if (status != Status.OPEN) {
            throw new ConflictException("ALREADY_RESOLVED", "Ethics report " + id + " was already resolved ("
                    + resolution.outcome() + ").");
        }
        status = Status.RESOLVED;
        resolution = new Resolution(outcome, note, operator, now);
    }

    boolean wasFiledBy(String memberId) {
        return reporterMemberId.equals(memberId);
    }

    public String id() {
        return id;
    }

    public String reporterMemberId() {
        return reporterMemberId;
    }

    public String reporterUserId() {
        return reporterUserId;
    }

    public String subjectMemberId() {
        return subjectMemberId;
    }

    public int principle() {
        return principle;
    }

    public String description() {
        return description;
    }

    public Instant filedAt() {
        return filedAt;
    }

    public Status status() {
        return status;
    }

    public Resolution resolution() {
        return resolution;
    }
}
