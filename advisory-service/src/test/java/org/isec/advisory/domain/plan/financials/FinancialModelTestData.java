package org.isec.advisory.domain.plan.financials;

/** The example plan, shared with tests outside this package. */
public final class FinancialModelTestData {

    private FinancialModelTestData() {
    }

    public static FinancialAssumptions saporiDelNilo() {
        return FinancialModelTest.saporiDelNilo();
    }
}
