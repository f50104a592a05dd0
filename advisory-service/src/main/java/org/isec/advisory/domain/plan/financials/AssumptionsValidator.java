package org.isec.advisory.domain.plan.financials;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import org.isec.advisory.domain.plan.financials.FinancialAssumptions.FixedCost;
import org.isec.advisory.domain.plan.financials.FinancialAssumptions.Investment;
import org.isec.advisory.domain.plan.financials.FinancialAssumptions.Loan;
import org.isec.advisory.domain.plan.financials.FinancialAssumptions.RevenueLine;
import org.isec.advisory.domain.plan.financials.InvalidAssumptionsException.Violation;

/**
 * The limits a projection needs to mean something. Collects every violation so a member fixes the plan in one go.
 * Limits beyond the (start year, loan term, depreciation years, growth) keep numbers a bank would believe
 * and keep {@code BigDecimal.pow} small.
 */
public final class AssumptionsValidator {

    static final int MAX_YEARS = 10;
    static final int MAX_LOAN_YEARS = 30;
    static final int MAX_DEPRECIATION_YEARS = 50;
    static final int MAX_LINES = 50;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_GROWTH_PCT = BigDecimal.valueOf(1000);

    private final List<Violation> violations = new ArrayList<>();

    private AssumptionsValidator() {
    }

    /** @throws InvalidAssumptionsException naming every bad field */
    public static void check(FinancialAssumptions a) {
        var v = new AssumptionsValidator();
        v.validate(a);
        if (!v.violations.isEmpty()) {
            throw new InvalidAssumptionsException(v.violations);
        }
    }

    private void validate(FinancialAssumptions a) {
        currency(a.currency());
        intBetween("startYear", a.startYear(), 2000, 2100);
        intBetween("years", a.years(), 1, MAX_YEARS);
        pctBetween("variableCostPct", a.variableCostPct(), BigDecimal.ZERO, HUNDRED);
        revenueLines(a.revenueLines());
        fixedCosts(a.fixedCosts());
        investments(a.investments());
        if (a.financing() != null) {
            nonNegative("financing.equity", a.financing().equity(), false);
            loan(a.financing().loan(), minorUnits(a.currency()));
        }
    }

    private void currency(String code) {
        if (code == null || code.isBlank()) {
            fail("currency", "is required");
            return;
        }
        try {
            if (!code.matches("[A-Z]{3}") || Currency.getInstance(code).getDefaultFractionDigits() < 0) {
                fail("currency", "must be an ISO 4217 currency code such as EUR");
            }
        } catch (IllegalArgumentException unknown) {
            fail("currency", "must be an ISO 4217 currency code such as EUR");
        }
    }

    private static int minorUnits(String code) {
        try {
            return Math.max(0, Currency.getInstance(code).getDefaultFractionDigits());
        } catch (RuntimeException unknownOrMissing) {
            return 2;
        }
    }

    private void revenueLines(List<RevenueLine> lines) {
        if (lines == null || lines.isEmpty()) {
            fail("revenueLines", "must list at least one source of revenue");
            return;
        }
        size("revenueLines", lines);
        for (int i = 0; i < lines.size(); i++) {
            String at = "revenueLines[" + i + "]";
            RevenueLine line = lines.get(i);
            if (line == null) {
                fail(at, "is required");
                continue;
            }
            name(at + ".name", line.name());
            nonNegative(at + ".unitPrice", line.unitPrice(), true);
            nonNegative(at + ".unitsYear1", line.unitsYear1(), true);
            BigDecimal growth = line.annualGrowthPct();
            if (growth != null && (growth.compareTo(HUNDRED.negate()) <= 0 || growth.compareTo(MAX_GROWTH_PCT) > 0)) {
                fail(at + ".annualGrowthPct", "must be more than -100 and at most 1000");
            }
        }
    }

    private void fixedCosts(List<FixedCost> costs) {
        size("fixedCosts", costs);
        for (int i = 0; i < costs.size(); i++) {
            String at = "fixedCosts[" + i + "]";
            if (costs.get(i) == null) {
                fail(at, "is required");
                continue;
            }
            name(at + ".name", costs.get(i).name());
            nonNegative(at + ".annual", costs.get(i).annual(), true);
        }
    }

    private void investments(List<Investment> investments) {
        size("investments", investments);
        for (int i = 0; i < investments.size(); i++) {
            String at = "investments[" + i + "]";
            Investment inv = investments.get(i);
            if (inv == null) {
                fail(at, "is required");
                continue;
            }
            name(at + ".name", inv.name());
            nonNegative(at + ".amount", inv.amount(), true);
            intBetween(at + ".depreciationYears", inv.depreciationYears(), 1, MAX_DEPRECIATION_YEARS);
        }
    }

    // A loan is paid out in real money, so its amount must be expressible in the currency's minor unit.
    private void loan(Loan loan, int minorUnits) {
        if (loan == null) {
            return;
        }
        if (loan.amount() == null) {
            fail("financing.loan.amount", "is required");
        } else if (loan.amount().signum() <= 0) {
            fail("financing.loan.amount", "must be more than 0");
        } else if (loan.amount().stripTrailingZeros().scale() > minorUnits) {
            fail("financing.loan.amount", "must have at most " + minorUnits + " decimals");
        }
        if (loan.annualRatePct() == null) {
            fail("financing.loan.annualRatePct", "is required");
        } else if (loan.annualRatePct().signum() < 0 || loan.annualRatePct().compareTo(HUNDRED) >= 0) {
            fail("financing.loan.annualRatePct", "must be at least 0 and less than 100");
        }
        intBetween("financing.loan.years", loan.years(), 1, MAX_LOAN_YEARS);
    }

    private void name(String field, String name) {
        if (name == null || name.isBlank()) {
            fail(field, "is required");
        } else if (name.length() > 200) {
            fail(field, "must be at most 200 characters");
        }
    }

    private void size(String field, List<?> list) {
        if (list.size() > MAX_LINES) {
            fail(field, "must have at most " + MAX_LINES + " entries");
        }
    }

    private void nonNegative(String field, BigDecimal value, boolean required) {
        if (value == null) {
            if (required) {
                fail(field, "is required");
            }
        } else if (value.signum() < 0) {
            fail(field, "must not be negative");
        }
    }

    private void pctBetween(String field, BigDecimal value, BigDecimal min, BigDecimal max) {
        if (value == null) {
            fail(field, "is required");
        } else if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            fail(field, "must be between " + min + " and " + max);
        }
    }

    private void intBetween(String field, Integer value, int min, int max) {
        if (value == null) {
            fail(field, "is required");
        } else if (value < min || value > max) {
            fail(field, "must be between " + min + " and " + max);
        }
    }

    private void fail(String field, String message) {
        violations.add(new Violation(field, message));
    }
}
