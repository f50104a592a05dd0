package org.isec.contracts.membership;

import java.time.Instant;

import org.isec.contracts.EventType;
import org.isec.contracts.IsecEvent;

/**
 * A member reported another member for breaching a Global Compact principle. The reporter and the description
 * stay in membership: the reported member must never learn who reported. Subject: the report.
 *
 * @param principle 1–10, the UN Global Compact principle concerned
 */
@EventType("isec.membership.EthicsReportFiled")
public record EthicsReportFiled(
        String reportId,
        String subjectMemberId,
        int principle,
        Instant filedAt) implements IsecEvent {

    @Override
    public String subject() {
        return reportId;
    }
}
