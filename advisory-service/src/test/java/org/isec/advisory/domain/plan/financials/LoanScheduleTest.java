package org.isec.advisory.domain.plan.financials;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;

import org.isec.advisory.domain.plan.financials.FinancialAssumptions.Loan;
import org.isec.advisory.domain.plan.financials.LoanSchedule.Instalment;
import org.isec.advisory.domain.plan.financials.LoanSchedule.LoanYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reference values: unless a line says otherwise, they come from src/test/resources/reference/financials.py,
 * which uses Python's decimal module and the textbook PMT formula P·r/(1−(1+r)^−n) (a different route from the
 * integer-exact rearrangement in {@link FrenchAmortisation}).
 */
class LoanScheduleTest {

    private static LoanSchedule schedule(String amount, String ratePct, int years) {
        return FrenchAmortisation.schedule(new Loan(new BigDecimal(amount), new BigDecimal(ratePct), years), 2027, 2);
    }

    @ParameterizedTest(name = "{0} at {1}% over {2} years → {3} a month")
    @CsvSource({
            // the classic textbook/loan-calculator values, also reproduced by financials.py
            "50000,  6.0, 5,  966.64",
            "100000, 5,   30, 536.82",
            "200000, 6.5, 30, 1264.14",
            // by hand: no interest, 12000 / 12
            "12000,  0,   1,  1000.00",
            // financials.py: a rate whose monthly rate 5.5/1200 does not terminate in decimal
            "25000,  5.5, 3,  754.90"})
    void monthlyInstalmentFollowsThePmtFormula(String amount, String rate, int years, String expected) {
        assertThat(schedule(amount, rate, years).monthlyInstalment()).isEqualByComparingTo(expected);
    }

    @Test
    void examplePlanLoanRowsMatchTheReferenceSchedule() {
        LoanSchedule loan = schedule("50000", "6.0", 5);

        assertThat(loan.months()).isEqualTo(60);
        // by hand: 50000 × 0.06/12 = 250.00 interest; 966.64 − 250.00 = 716.64 principal
        assertThat(loan.monthly().getFirst()).isEqualTo(row(1, YearMonth.of(2027, 1), "966.64", "250.00", "716.64", "49283.36"));
        // by hand: 49283.36 × 0.005 = 246.4168 → 246.42
        assertThat(loan.monthly().get(1)).isEqualTo(row(2, YearMonth.of(2027, 2), "966.64", "246.42", "720.22", "48563.14"));
        // financials.py: the last instalment repays the remaining balance, 3 cents above the constant one
        assertThat(loan.monthly().getLast()).isEqualTo(row(60, YearMonth.of(2031, 12), "966.67", "4.81", "961.86", "0.00"));
        assertThat(loan.totalInterest()).isEqualByComparingTo("7998.43");
        assertThat(loan.totalPaid()).isEqualByComparingTo("57998.43");
    }

    @Test
    void yearlySummaryAddsUpTheMonthsOfEachLoanYear() {
        LoanSchedule loan = schedule("50000", "6.0", 5);

        // financials.py
        assertThat(loan.yearly()).containsExactly(
                year(1, 2027, "11599.68", "2759.53", "8840.15", "41159.85"),
                year(2, 2028, "11599.68", "2214.30", "9385.38", "31774.47"),
                year(3, 2029, "11599.68", "1635.41", "9964.27", "21810.20"),
                year(4, 2030, "11599.68", "1020.83", "10578.85", "11231.35"),
                year(5, 2031, "11599.71", "368.36", "11231.35", "0.00"));
    }

    @Test
    void longLoanRepaysExactlyThePrincipalAndEveryRowAddsUp() {
        LoanSchedule loan = schedule("200000", "6.5", 30);

        assertThat(loan.monthly()).hasSize(360).allSatisfy(row ->
                assertThat(row.interest().add(row.principal())).isEqualByComparingTo(row.payment()));
        assertThat(loan.monthly().stream().map(Instalment::principal).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("200000");
        // financials.py
        assertThat(loan.totalInterest()).isEqualByComparingTo("255085.82");
        assertThat(loan.monthly().getLast().payment()).isEqualByComparingTo("1259.56");
    }

    @Test
    void balanceStaysWithinRoundingOfTheClosedForm() {
        // Closed form of the remaining balance after k payments of A: B_k = P(1+r)^k − A((1+r)^k − 1)/r.
        // Each month's interest is rounded by at most half a cent, and that error compounds like a deposit, so
        // the drift after k months is at most 0.005·((1+r)^k − 1)/r.
        LoanSchedule loan = schedule("100000", "5", 30);
        MathContext mc = MathContext.DECIMAL128;
        BigDecimal r = new BigDecimal("0.05").divide(BigDecimal.valueOf(12), mc);
        BigDecimal a = loan.monthlyInstalment();
        for (int k : new int[] {12, 60, 180, 359}) {
            BigDecimal growth = BigDecimal.ONE.add(r).pow(k, mc);
            BigDecimal closedForm = new BigDecimal("100000").multiply(growth)
                    .subtract(a.multiply(growth.subtract(BigDecimal.ONE)).divide(r, mc));
            BigDecimal bound = new BigDecimal("0.005").multiply(growth.subtract(BigDecimal.ONE)).divide(r, mc);
            assertThat(loan.monthly().get(k - 1).balance().subtract(closedForm).abs())
                    .as("balance after %d months", k).isLessThanOrEqualTo(bound);
        }
    }

    @Test
    void instalmentIsRoundedToTheCurrencysMinorUnit() {
        // by hand: 1,000,000 JPY over 12 months at 0% → 83,333.33 → 83,333 yen; the last pays 1,000,000 − 11 × 83,333
        LoanSchedule loan = FrenchAmortisation.schedule(
                new Loan(new BigDecimal("1000000"), BigDecimal.ZERO, 1), 2027, 0);

        assertThat(loan.monthlyInstalment()).isEqualByComparingTo("83333");
        assertThat(loan.monthly().getLast().payment()).isEqualByComparingTo("83337");
    }

    private static Instalment row(int n, YearMonth month, String payment, String interest, String principal,
                                  String balance) {
        return new Instalment(n, month, new BigDecimal(payment), new BigDecimal(interest), new BigDecimal(principal),
                new BigDecimal(balance));
    }

    private static LoanYear year(int year, int calendarYear, String payments, String interest, String principal,
                                 String balance) {
        return new LoanYear(year, calendarYear, new BigDecimal(payments), new BigDecimal(interest),
                new BigDecimal(principal), new BigDecimal(balance));
    }
}
