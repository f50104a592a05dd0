package org.isec.advisory.domain.plan.financials;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * A French (constant-instalment) amortisation plan with monthly payments. Unlike the projections, every amount
 * here is a payment someone will actually make, so it is in whole cents as it arises (see {@link FrenchAmortisation}).
 *
 * @param monthlyInstalment the constant instalment; the last one differs by the few cents of rounding residue
 * @param monthly           one row per instalment
 * @param yearly            one row per loan year (year 1 = the plan's first year)
 */
public record LoanSchedule(
        BigDecimal principal,
        BigDecimal annualRatePct,
        int months,
        BigDecimal monthlyInstalment,
        BigDecimal totalInterest,
        BigDecimal totalPaid,
        List<Instalment> monthly,
        List<LoanYear> yearly) {

    public LoanSchedule {
        monthly = List.copyOf(monthly);
        yearly = List.copyOf(yearly);
    }

    /** @param balance what remains owed after this payment */
    public record Instalment(int number, YearMonth month, BigDecimal payment, BigDecimal interest,
                             BigDecimal principal, BigDecimal balance) {
    }

    /** @param year 1-based loan year; {@code calendarYear} is the year the payments fall in */
    public record LoanYear(int year, int calendarYear, BigDecimal payments, BigDecimal interest,
                           BigDecimal principal, BigDecimal closingBalance) {
    }

    /** Interest paid in loan year {@code year}, zero outside the loan's life. */
    BigDecimal interestIn(int year) {
        return yearOf(year).map(LoanYear::interest).orElse(BigDecimal.ZERO);
    }

    BigDecimal principalIn(int year) {
        return yearOf(year).map(LoanYear::principal).orElse(BigDecimal.ZERO);
    }

    private java.util.Optional<LoanYear> yearOf(int year) {
        return yearly.stream().filter(y -> y.year() == year).findFirst();
    }
}
