package org.isec.advisory.domain.plan.financials;

import java.math.BigDecimal;
import java.util.List;

/**
 * The projection of a plan as a bank reads it. Amounts are rounded half-even to the currency's minor unit,
 * ratios and percentages to two decimals, once, when this record is built; subtotals are computed from the
 * unrounded figures, so a printed total may differ by one cent from the sum of its printed lines.
 *
 * @param loan null when the plan has no loan
 */
public record Financials(
        String currency,
        int startYear,
        List<YearProjection> years,
        SourcesAndUses sourcesAndUses,
        LoanSchedule loan) {

    public Financials {
        years = List.copyOf(years);
    }

    /**
     * One projected year.
     *
     * @param operatingCashFlow     cash flow available for debt service: EBITDA, before tax (the plan models no
     *                              tax and no working capital); the numerator of the DSCR
     * @param debtService           principal + interest paid on the loan in the year
     * @param dscr                  operatingCashFlow / debtService; null in a year without debt service
     * @param cashFlowAfterDebtService operatingCashFlow − debtService
     * @param closingCash           opening cash (sources − uses) plus every year's cash flow after debt service so far
     * @param breakEvenRevenue      revenue at which profit before tax is zero: (fixed costs + depreciation +
     *                              interest) / contribution margin ratio; null when the margin ratio is zero
     * @param cashBreakEvenRevenue  revenue at which EBITDA is zero: fixed costs / contribution margin ratio
     * @param marginOfSafetyPct     (revenue − breakEvenRevenue) / revenue × 100; null without revenue or break-even
     */
    public record YearProjection(
            int year,
            int calendarYear,
            List<LineRevenue> revenueLines,
            BigDecimal revenue,
            BigDecimal variableCosts,
            BigDecimal contributionMargin,
            BigDecimal fixedCosts,
            BigDecimal ebitda,
            BigDecimal depreciation,
            BigDecimal ebit,
            BigDecimal interest,
            BigDecimal profitBeforeTax,
            BigDecimal operatingCashFlow,
            BigDecimal principalRepaid,
            BigDecimal debtService,
            BigDecimal dscr,
            BigDecimal cashFlowAfterDebtService,
            BigDecimal closingCash,
            BigDecimal breakEvenRevenue,
            BigDecimal cashBreakEvenRevenue,
            BigDecimal marginOfSafetyPct) {

        public YearProjection {
            revenueLines = List.copyOf(revenueLines);
        }
    }

    /** @param units units sold in the year, to two decimals (growth makes them fractional) */
    public record LineRevenue(String name, BigDecimal units, BigDecimal revenue) {
    }

    /**
     * How the start is funded.
     *
     * @param openingCash equity + loan − investments; negative means a funding gap the plan must explain
     */
    public record SourcesAndUses(BigDecimal investments, BigDecimal equity, BigDecimal loan, BigDecimal openingCash) {
    }
}
