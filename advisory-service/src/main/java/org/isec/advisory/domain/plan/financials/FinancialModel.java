package org.isec.advisory.domain.plan.financials;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import org.isec.advisory.domain.plan.financials.FinancialAssumptions.FixedCost;
import org.isec.advisory.domain.plan.financials.FinancialAssumptions.Investment;
import org.isec.advisory.domain.plan.financials.FinancialAssumptions.RevenueLine;
import org.isec.advisory.domain.plan.financials.Financials.LineRevenue;
import org.isec.advisory.domain.plan.financials.Financials.SourcesAndUses;
import org.isec.advisory.domain.plan.financials.Financials.YearProjection;

/**
 * Projects a plan year by year.
 * <p>
 * Precision: sums, products and powers are exact {@code BigDecimal}; the few divisions (depreciation per year,
 * break-even, DSCR, margin of safety) carry 34 significant digits ({@link MathContext#DECIMAL128}). Rounding
 * happens once, half-even, when {@link Financials} is built: amounts to the currency's minor unit, ratios and
 * percentages to two decimals. The loan schedule is the exception, rounded as payments arise
 * ({@link FrenchAmortisation}), so the interest in the P&amp;L is the interest the bank will charge.
 */
public final class FinancialModel {

    static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FinancialModel() {
    }

    /** @throws InvalidAssumptionsException naming every bad field */
    public static Financials project(FinancialAssumptions a) {
        AssumptionsValidator.check(a);
        int scale = Currency.getInstance(a.currency()).getDefaultFractionDigits();
        var loan = a.financing() == null || a.financing().loan() == null ? null
                : FrenchAmortisation.schedule(a.financing().loan(), a.startYear(), scale);
        var sources = sourcesAndUses(a, loan);
        var rounder = new Rounder(scale);

        List<YearProjection> years = new ArrayList<>();
        BigDecimal cash = sources.openingCash();
        for (int year = 1; year <= a.years(); year++) {
            var y = Year.project(a, loan, year);
            cash = cash.add(y.cashFlowAfterDebtService());
            years.add(y.present(a.startYear() + year - 1, cash, rounder));
        }
        return new Financials(a.currency(), a.startYear(), years, rounder.present(sources), loan);
    }

    private static SourcesAndUses sourcesAndUses(FinancialAssumptions a, LoanSchedule loan) {
        BigDecimal investments = sum(a.investments().stream().map(Investment::amount).toList());
        BigDecimal equity = a.financing() == null || a.financing().equity() == null
                ? BigDecimal.ZERO : a.financing().equity();
        BigDecimal borrowed = loan == null ? BigDecimal.ZERO : loan.principal();
        return new SourcesAndUses(investments, equity, borrowed, equity.add(borrowed).subtract(investments));
    }

    static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** One year at full precision. */
    private record Year(int year, List<BigDecimal> units, List<BigDecimal> lineRevenue, BigDecimal variableCostPct,
                        BigDecimal fixedCosts, BigDecimal depreciation, BigDecimal interest, BigDecimal principal,
                        List<String> names) {

        static Year project(FinancialAssumptions a, LoanSchedule loan, int year) {
            List<BigDecimal> units = new ArrayList<>();
            List<BigDecimal> revenue = new ArrayList<>();
            for (RevenueLine line : a.revenueLines()) {
                BigDecimal growth = line.annualGrowthPct() == null ? BigDecimal.ZERO : line.annualGrowthPct();
                BigDecimal factor = BigDecimal.ONE.add(growth.movePointLeft(2)).pow(year - 1);
                BigDecimal sold = line.unitsYear1().multiply(factor);
                units.add(sold);
                revenue.add(sold.multiply(line.unitPrice()));
            }
            BigDecimal depreciation = sum(a.investments().stream()
                    .filter(inv -> year <= inv.depreciationYears())
                    .map(inv -> inv.amount().divide(BigDecimal.valueOf(inv.depreciationYears()), PRECISION))
                    .toList());
            return new Year(year, units, revenue, a.variableCostPct(),
                    sum(a.fixedCosts().stream().map(FixedCost::annual).toList()), depreciation,
                    loan == null ? BigDecimal.ZERO : loan.interestIn(year),
                    loan == null ? BigDecimal.ZERO : loan.principalIn(year),
                    a.revenueLines().stream().map(RevenueLine::name).toList());
        }

        BigDecimal revenue() {
            return sum(lineRevenue);
        }

        BigDecimal variableCosts() {
            return revenue().multiply(variableCostPct).movePointLeft(2);
        }

        BigDecimal ebitda() {
            return revenue().subtract(variableCosts()).subtract(fixedCosts);
        }

        BigDecimal debtService() {
            return interest.add(principal);
        }

        BigDecimal cashFlowAfterDebtService() {
            return ebitda().subtract(debtService());
        }

        /** Contribution margin ratio 1 − v/100; break-even is undefined when it is zero. */
        BigDecimal breakEven(BigDecimal fixedCharges) {
            BigDecimal ratio = BigDecimal.ONE.subtract(variableCostPct.movePointLeft(2));
            return ratio.signum() == 0 ? null : fixedCharges.divide(ratio, PRECISION);
        }

        YearProjection present(int calendarYear, BigDecimal closingCash, Rounder r) {
            BigDecimal revenue = revenue();
            BigDecimal ebitda = ebitda();
            BigDecimal ebit = ebitda.subtract(depreciation);
            BigDecimal breakEven = breakEven(fixedCosts.add(depreciation).add(interest));
            BigDecimal dscr = debtService().signum() == 0 ? null : ebitda.divide(debtService(), PRECISION);
            BigDecimal safety = breakEven == null || revenue.signum() == 0 ? null
                    : revenue.subtract(breakEven).multiply(HUNDRED).divide(revenue, PRECISION);
            List<LineRevenue> lines = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                lines.add(new LineRevenue(names.get(i), r.ratio(units.get(i)), r.money(lineRevenue.get(i))));
            }
            return new YearProjection(year, calendarYear, lines,
                    r.money(revenue), r.money(variableCosts()), r.money(revenue.subtract(variableCosts())),
                    r.money(fixedCosts), r.money(ebitda), r.money(depreciation), r.money(ebit),
                    r.money(interest), r.money(ebit.subtract(interest)),
                    r.money(ebitda), r.money(principal), r.money(debtService()), r.ratio(dscr),
                    r.money(cashFlowAfterDebtService()), r.money(closingCash),
                    r.money(breakEven), r.money(breakEven(fixedCosts)), r.ratio(safety));
        }
    }

    /** The presentation boundary: the only place projections are rounded. */
    private record Rounder(int scale) {

        BigDecimal money(BigDecimal exact) {
            return exact == null ? null : exact.setScale(scale, RoundingMode.HALF_EVEN);
        }

        BigDecimal ratio(BigDecimal exact) {
            return exact == null ? null : exact.setScale(2, RoundingMode.HALF_EVEN);
        }

        SourcesAndUses present(SourcesAndUses s) {
            return new SourcesAndUses(money(s.investments()), money(s.equity()), money(s.loan()),
                    money(s.openingCash()));
        }
    }
}
