package org.isec.advisory.web;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.isec.advisory.domain.plan.BusinessPlan;
import org.isec.advisory.domain.plan.PlanSections;
import org.isec.advisory.domain.plan.PlanVersion;
import org.isec.advisory.domain.plan.financials.FinancialAssumptions.Financing;
import org.isec.advisory.domain.plan.financials.FinancialAssumptions.FixedCost;
import org.isec.advisory.domain.plan.financials.FinancialAssumptions.Investment;
import org.isec.advisory.domain.plan.financials.FinancialAssumptions.RevenueLine;

/** One version of a plan, in the shape it was written, plus the list of its versions. */
record PlanView(String id, String memberId, int version, String status, OffsetDateTime savedAt,
                OffsetDateTime finalizedAt, String title, PlanSections sections, String currency, Integer startYear,
                Integer years, List<RevenueLine> revenueLines, BigDecimal variableCostPct, List<FixedCost> fixedCosts,
                List<Investment> investments, Financing financing, List<VersionLine> versions) {

    static PlanView of(BusinessPlan plan, PlanVersion v) {
        var a = v.assumptions();
        return new PlanView(plan.id(), plan.memberId(), v.number(), status(v), RomeTime.of(v.savedAt()),
                RomeTime.of(v.finalizedAt()), v.title(), v.sections(), a.currency(), a.startYear(), a.years(),
                a.revenueLines(), a.variableCostPct(), a.fixedCosts(), a.investments(), a.financing(),
                plan.versions().stream().map(x -> new VersionLine(x.number(), status(x), RomeTime.of(x.savedAt()),
                        RomeTime.of(x.finalizedAt()))).toList());
    }

    private static String status(PlanVersion v) {
        return v.isFinal() ? "FINAL" : "DRAFT";
    }

    record VersionLine(int version, String status, OffsetDateTime savedAt, OffsetDateTime finalizedAt) {
    }
}
