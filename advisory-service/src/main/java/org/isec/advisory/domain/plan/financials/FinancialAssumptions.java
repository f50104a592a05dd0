package org.isec.advisory.domain.plan.financials;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a member assumes about the business, as written in the plan. Everything is nullable here on purpose:
 * {@link AssumptionsValidator} names each missing or wrong field instead of failing on the first one.
 *
 * @param currency        ISO 4217 code; every amount of the plan is in it
 * @param startYear       calendar year of the first projected year
 * @param years           projected years, 1–10
 * @param variableCostPct variable costs as a percentage of revenue, 0–100
 */
public record FinancialAssumptions(
        String currency,
        Integer startYear,
        Integer years,
        List<RevenueLine> revenueLines,
        BigDecimal variableCostPct,
        List<FixedCost> fixedCosts,
        List<Investment> investments,
        Financing financing) {

    public FinancialAssumptions {
        revenueLines = revenueLines == null ? null : List.copyOf(revenueLines);
        fixedCosts = fixedCosts == null ? List.of() : List.copyOf(fixedCosts);
        investments = investments == null ? List.of() : List.copyOf(investments);
    }

    /** Units sold in year 1 at {@code unitPrice}, growing by {@code annualGrowthPct} (may be negative) each year. */
    public record RevenueLine(String name, BigDecimal unitPrice, BigDecimal unitsYear1, BigDecimal annualGrowthPct) {
    }

    /** A cost that does not move with sales, the same every year. */
    public record FixedCost(String name, BigDecimal annual) {
    }

    /** Bought at the start of year 1 and depreciated straight-line over {@code depreciationYears}. */
    public record Investment(String name, BigDecimal amount, Integer depreciationYears) {
    }

    /** @param loan null when the plan needs none */
    public record Financing(BigDecimal equity, Loan loan) {
    }

    /**
     * A loan disbursed at the start of the first year and repaid in constant monthly instalments (French
     * amortisation) at the end of each month, the first at the end of January of {@code startYear}.
     */
    public record Loan(BigDecimal amount, BigDecimal annualRatePct, Integer years) {
    }
}
