package org.isec.advisory.domain.plan.financials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.isec.advisory.domain.plan.financials.FinancialAssumptions.Financing;
import org.isec.advisory.domain.plan.financials.FinancialAssumptions.FixedCost;
import org.isec.advisory.domain.plan.financials.FinancialAssumptions.Investment;
import org.isec.advisory.domain.plan.financials.FinancialAssumptions.Loan;
import org.isec.advisory.domain.plan.financials.FinancialAssumptions.RevenueLine;
import org.isec.advisory.domain.plan.financials.Financials.YearProjection;
import org.isec.advisory.domain.plan.financials.InvalidAssumptionsException.Violation;
import org.junit.jupiter.api.Test;

/**
 * The example plan of issue 5 ("Sapori del Nilo — second shop"). Reference values were computed by
 * src/test/resources/reference/financials.py (Python decimal, direct arithmetic on the assumptions); the simple
 * ones are also worked out by hand in the comments.
 */
class FinancialModelTest {

    static FinancialAssumptions saporiDelNilo() {
        return new FinancialAssumptions("EUR", 2027, 3,
                List.of(new RevenueLine("Takeaway meals", new BigDecimal("9.50"), new BigDecimal("30000"), new BigDecimal("8"))),
                new BigDecimal("38"),
                List.of(new FixedCost("Rent", new BigDecimal("24000")), new FixedCost("Staff", new BigDecimal("96000"))),
                List.of(new Investment("Kitchen equipment", new BigDecimal("60000"), 5)),
                new Financing(new BigDecimal("20000"), new Loan(new BigDecimal("50000"), new BigDecimal("6.0"), 5)));
    }

    @Test
    void examplePlanFirstYearProfitAndLoss() {
        YearProjection y1 = FinancialModel.project(saporiDelNilo()).years().getFirst();

        assertThat(y1.calendarYear()).isEqualTo(2027);
        assertThat(y1.revenue()).isEqualByComparingTo("285000.00");       // 30000 × 9.50
        assertThat(y1.variableCosts()).isEqualByComparingTo("108300.00"); // 38% of 285000
        assertThat(y1.contributionMargin()).isEqualByComparingTo("176700.00");
        assertThat(y1.fixedCosts()).isEqualByComparingTo("120000.00");    // 24000 + 96000
        assertThat(y1.ebitda()).isEqualByComparingTo("56700.00");         // 176700 − 120000
        assertThat(y1.depreciation()).isEqualByComparingTo("12000.00");   // 60000 / 5
        assertThat(y1.ebit()).isEqualByComparingTo("44700.00");
        assertThat(y1.interest()).isEqualByComparingTo("2759.53");        // financials.py, loan year 1
        assertThat(y1.profitBeforeTax()).isEqualByComparingTo("41940.47"); // 44700 − 2759.53
    }

    @Test
    void examplePlanRevenueGrowsEightPercentAYear() {
        List<YearProjection> years = FinancialModel.project(saporiDelNilo()).years();

        assertThat(years).extracting(YearProjection::calendarYear).containsExactly(2027, 2028, 2029);
        // 30000 × 1.08 = 32400 units; 30000 × 1.08² = 34992 units, at 9.50 each
        assertThat(years.get(1).revenueLines().getFirst().units()).isEqualByComparingTo("32400");
        assertThat(years.get(2).revenueLines().getFirst().units()).isEqualByComparingTo("34992");
        assertThat(years).extracting(YearProjection::revenue).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("285000.00"), new BigDecimal("307800.00"), new BigDecimal("332424.00"));
        // financials.py: 332424 × 0.38 = 126321.12; EBITDA 332424 − 126321.12 − 120000
        assertThat(years.get(2).variableCosts()).isEqualByComparingTo("126321.12");
        assertThat(years.get(2).ebitda()).isEqualByComparingTo("86102.88");
        assertThat(years.get(2).profitBeforeTax()).isEqualByComparingTo("72467.47");
    }

    @Test
    void examplePlanDebtServiceCoverage() {
        List<YearProjection> years = FinancialModel.project(saporiDelNilo()).years();

        // debt service = 12 × 966.64 = 11599.68; DSCR = EBITDA / debt service, e.g. 56700 / 11599.68 = 4.888…
        assertThat(years).extracting(YearProjection::debtService).usingElementComparator(BigDecimal::compareTo)
                .containsOnly(new BigDecimal("11599.68"));
        assertThat(years).extracting(YearProjection::principalRepaid).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("8840.15"), new BigDecimal("9385.38"), new BigDecimal("9964.27"));
        assertThat(years).extracting(YearProjection::dscr).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("4.89"), new BigDecimal("6.11"), new BigDecimal("7.42"));
        assertThat(years.getFirst().operatingCashFlow()).isEqualByComparingTo("56700.00");
        assertThat(years.getFirst().cashFlowAfterDebtService()).isEqualByComparingTo("45100.32");
    }

    @Test
    void examplePlanCashStartsFromSourcesMinusUses() {
        Financials f = FinancialModel.project(saporiDelNilo());

        // 20000 equity + 50000 loan − 60000 equipment = 10000 opening cash; then + EBITDA − debt service each year
        assertThat(f.sourcesAndUses().openingCash()).isEqualByComparingTo("10000.00");
        assertThat(f.years()).extracting(YearProjection::closingCash).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("55100.32"), new BigDecimal("114336.64"), new BigDecimal("188839.84"));
    }

    @Test
    void examplePlanBreakEven() {
        List<YearProjection> years = FinancialModel.project(saporiDelNilo()).years();

        // (120000 + 12000 + 2759.53) / (1 − 0.38) = 134759.53 / 0.62 = 217354.0806… ; cash: 120000 / 0.62 = 193548.387…
        assertThat(years.getFirst().breakEvenRevenue()).isEqualByComparingTo("217354.08");
        assertThat(years.getFirst().cashBreakEvenRevenue()).isEqualByComparingTo("193548.39");
        // (285000 − 217354.0806…) / 285000 × 100 = 23.735…
        assertThat(years.getFirst().marginOfSafetyPct()).isEqualByComparingTo("23.74");
        // financials.py: interest falls, so the break-even falls too
        assertThat(years.get(2).breakEvenRevenue()).isEqualByComparingTo("215540.98");
    }

    @Test
    void planWithoutLoanHasNoDebtServiceAndNoRatio() {
        var a = saporiDelNilo();
        var noLoan = new FinancialAssumptions(a.currency(), a.startYear(), a.years(), a.revenueLines(),
                a.variableCostPct(), a.fixedCosts(), a.investments(), new Financing(new BigDecimal("70000"), null));

        Financials f = FinancialModel.project(noLoan);

        assertThat(f.loan()).isNull();
        assertThat(f.years().getFirst().interest()).isEqualByComparingTo("0");
        assertThat(f.years().getFirst().dscr()).isNull();
        // (120000 + 12000) / 0.62 = 212903.2258…
        assertThat(f.years().getFirst().breakEvenRevenue()).isEqualByComparingTo("212903.23");
    }

    @Test
    void depreciationIsStraightLineAndStopsWhenTheAssetIsWrittenOff() {
        var a = new FinancialAssumptions("EUR", 2027, 4,
                List.of(new RevenueLine("Consulting", new BigDecimal("100"), new BigDecimal("1000"), null)),
                BigDecimal.ZERO, List.of(),
                List.of(new Investment("Laptop", new BigDecimal("10000"), 3), new Investment("Van", new BigDecimal("20000"), 4)),
                null);

        List<YearProjection> years = FinancialModel.project(a).years();

        // 10000 / 3 = 3333.333… plus 20000 / 4 = 5000 for three years, then the van alone
        assertThat(years).extracting(YearProjection::depreciation).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("8333.33"), new BigDecimal("8333.33"), new BigDecimal("8333.33"),
                        new BigDecimal("5000.00"));
        // revenue 100000, no variable costs, no fixed: PBT = 100000 − 8333.333… = 91666.666… → 91666.67
        assertThat(years.getFirst().profitBeforeTax()).isEqualByComparingTo("91666.67");
        // with no equity and no loan the equipment is a funding gap
        assertThat(FinancialModel.project(a).sourcesAndUses().openingCash()).isEqualByComparingTo("-30000.00");
    }

    @Test
    void breakEvenIsUndefinedWhenVariableCostsTakeAllTheRevenue() {
        var a = saporiDelNilo();
        var noMargin = new FinancialAssumptions(a.currency(), a.startYear(), 1, a.revenueLines(),
                new BigDecimal("100"), a.fixedCosts(), a.investments(), a.financing());

        YearProjection y1 = FinancialModel.project(noMargin).years().getFirst();

        assertThat(y1.breakEvenRevenue()).isNull();
        assertThat(y1.marginOfSafetyPct()).isNull();
        assertThat(y1.contributionMargin()).isEqualByComparingTo("0");
    }

    @Test
    void invalidAssumptionsNameEveryBadField() {
        var bad = new FinancialAssumptions("EURO", 2027, 11,
                List.of(new RevenueLine("", new BigDecimal("-1"), null, new BigDecimal("-100"))),
                new BigDecimal("120"),
                List.of(new FixedCost("Rent", new BigDecimal("-24000"))),
                List.of(new Investment("Oven", new BigDecimal("1000"), 0)),
                new Financing(new BigDecimal("-5"), new Loan(new BigDecimal("50000.001"), new BigDecimal("100"), 31)));

        assertThatThrownBy(() -> FinancialModel.project(bad))
                .isInstanceOfSatisfying(InvalidAssumptionsException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field)
                        .containsExactlyInAnyOrder("currency", "years", "variableCostPct",
                                "revenueLines[0].name", "revenueLines[0].unitPrice", "revenueLines[0].unitsYear1",
                                "revenueLines[0].annualGrowthPct", "fixedCosts[0].annual",
                                "investments[0].depreciationYears", "financing.equity", "financing.loan.amount",
                                "financing.loan.annualRatePct", "financing.loan.years"));
    }

    @Test
    void currencyMustBeAnIso4217Code() {
        for (String code : new String[] {"eur", "XYZ", "", "EU"}) {
            var a = saporiDelNilo();
            var withCode = new FinancialAssumptions(code, a.startYear(), a.years(), a.revenueLines(),
                    a.variableCostPct(), a.fixedCosts(), a.investments(), a.financing());
            assertThatThrownBy(() -> FinancialModel.project(withCode))
                    .as(code)
                    .isInstanceOfSatisfying(InvalidAssumptionsException.class, e ->
                            assertThat(e.violations()).extracting(Violation::field).containsExactly("currency"));
        }
    }

    @Test
    void missingRevenueAndYearsAreReported() {
        var empty = new FinancialAssumptions("EUR", null, null, List.of(), null, null, null, null);

        assertThatThrownBy(() -> FinancialModel.project(empty))
                .isInstanceOfSatisfying(InvalidAssumptionsException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field)
                        .containsExactlyInAnyOrder("startYear", "years", "revenueLines", "variableCostPct"));
    }
}
