package org.isec.advisory.web;

import java.math.BigDecimal;
import java.util.List;

import org.isec.advisory.domain.plan.PlanSections;
import org.isec.advisory.domain.plan.financials.FinancialAssumptions;
import org.isec.advisory.domain.plan.financials.FinancialAssumptions.Financing;
import org.isec.advisory.domain.plan.financials.FinancialAssumptions.FixedCost;
import org.isec.advisory.domain.plan.financials.FinancialAssumptions.Investment;
import org.isec.advisory.domain.plan.financials.FinancialAssumptions.RevenueLine;

/**
 * A business plan as a member writes it: title, narrative sections, and the financial assumptions at the top level
 * (as in the example), so error paths such as {@code revenueLines[0].unitPrice} match the JSON sent.
 */
record PlanRequest(String title, PlanSections sections, String currency, Integer startYear, Integer years,
                   List<RevenueLine> revenueLines, BigDecimal variableCostPct, List<FixedCost> fixedCosts,
                   List<Investment> investments, Financing financing) {

    FinancialAssumptions assumptions() {
        return new FinancialAssumptions(currency, startYear, years, revenueLines, variableCostPct, fixedCosts,
                investments, financing);
    }
}
