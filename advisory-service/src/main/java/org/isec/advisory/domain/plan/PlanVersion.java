package org.isec.advisory.domain.plan;

import java.time.Instant;

import org.isec.advisory.domain.plan.financials.FinancialAssumptions;

/**
 * One version of a plan. A draft is edited in place; a finalised version is frozen, and the next edit starts the
 * following version, so what a bank received stays readable.
 *
 * @param finalizedAt null while a draft
 */
public record PlanVersion(int number, String title, PlanSections sections, FinancialAssumptions assumptions,
                          Instant savedAt, String savedBy, Instant finalizedAt, String finalizedBy) {

    public boolean isFinal() {
        return finalizedAt != null;
    }

    PlanVersion finalized(Instant at, String by) {
        return new PlanVersion(number, title, sections, assumptions, savedAt, savedBy, at, by);
    }
}
