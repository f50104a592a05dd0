package org.isec.advisory.domain.plan.financials;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.isec.advisory.domain.plan.financials.FinancialAssumptions.Loan;
import org.isec.advisory.domain.plan.financials.LoanSchedule.Instalment;
import org.isec.advisory.domain.plan.financials.LoanSchedule.LoanYear;

/**
 * French amortisation with monthly rate r = annual rate / 12 and instalment {@code P·r / (1 − (1+r)^−n)}.
 * <p>
 * Where it rounds, and why: a schedule lists payments, and payments are made in cents. So, half-even to the
 * currency's minor unit,
 * <ol>
 *   <li>the instalment is rounded once;</li>
 *   <li>each month's interest (balance × r) is rounded when it accrues;</li>
 *   <li>principal = instalment − interest, so every row adds up exactly;</li>
 *   <li>the last instalment repays whatever balance is left, absorbing the rounding residue, so the principal
 *       repaid sums exactly to the loan.</li>
 * </ol>
 * Nothing else is rounded: with r = R/1200 (R the annual rate in percent) the instalment is rewritten as
 * {@code P·R·(1200+R)^n / (1200·((1200+R)^n − 1200^n))}, whose powers are exact in {@code BigDecimal}, leaving one
 * division that is rounded straight to cents; likewise each month's interest is {@code balance·R / 1200}, one
 * division rounded to cents.
 */
final class FrenchAmortisation {

    private static final BigDecimal TWELVE_HUNDRED = BigDecimal.valueOf(1200);

    private FrenchAmortisation() {
    }

    static LoanSchedule schedule(Loan loan, int startYear, int scale) {
        BigDecimal principal = loan.amount();
        BigDecimal ratePct = loan.annualRatePct();
        int months = loan.years() * 12;
        BigDecimal instalment = instalment(principal, ratePct, months, scale);

        List<Instalment> rows = new ArrayList<>(months);
        BigDecimal balance = principal;
        YearMonth first = YearMonth.of(startYear, 1);
        for (int k = 1; k <= months; k++) {
            BigDecimal interest = balance.multiply(ratePct).divide(TWELVE_HUNDRED, scale, RoundingMode.HALF_EVEN);
            BigDecimal repaid = k == months ? balance : instalment.subtract(interest).min(balance);
            balance = balance.subtract(repaid);
            rows.add(new Instalment(k, first.plusMonths(k - 1L), interest.add(repaid), interest, repaid, balance));
        }
        BigDecimal totalPaid = sum(rows.stream().map(Instalment::payment).toList());
        return new LoanSchedule(principal, ratePct, months, instalment, totalPaid.subtract(principal), totalPaid,
                rows, yearly(rows, startYear));
    }

    /** The constant monthly instalment, rounded half-even to {@code scale} decimals. */
    static BigDecimal instalment(BigDecimal principal, BigDecimal ratePct, int months, int scale) {
        if (ratePct.signum() == 0) {
            return principal.divide(BigDecimal.valueOf(months), scale, RoundingMode.HALF_EVEN);
        }
        BigDecimal grown = TWELVE_HUNDRED.add(ratePct).pow(months);
        BigDecimal base = TWELVE_HUNDRED.pow(months);
        return principal.multiply(ratePct).multiply(grown)
                .divide(TWELVE_HUNDRED.multiply(grown.subtract(base)), scale, RoundingMode.HALF_EVEN);
    }

    private static List<LoanYear> yearly(List<Instalment> rows, int startYear) {
        List<LoanYear> years = new ArrayList<>();
        for (int from = 0, year = 1; from < rows.size(); from += 12, year++) {
            List<Instalment> inYear = rows.subList(from, Math.min(from + 12, rows.size()));
            years.add(new LoanYear(year, startYear + year - 1,
                    sum(inYear.stream().map(Instalment::payment).toList()),
                    sum(inYear.stream().map(Instalment::interest).toList()),
                    sum(inYear.stream().map(Instalment::principal).toList()),
                    inYear.getLast().balance()));
        }
        return years;
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
