package org.isec.advisory.domain.plan.report;

import java.time.Instant;

import org.isec.advisory.domain.plan.PlanSections;
import org.isec.advisory.domain.plan.financials.FinancialAssumptions;
import org.isec.advisory.domain.plan.financials.Financials;

/**
 * Everything the PDF shows of one version of a plan.
 *
 * @param organisation the member's legal name when known; null otherwise
 * @param finalizedAt  null for a draft
 */
public record PlanReport(
        String title,
        String organisation,
        int version,
        Instant finalizedAt,
        PlanSections sections,
        FinancialAssumptions assumptions,
        Financials financials) {
}
