package org.isec.advisory.domain.plan.report;

import java.util.List;

import org.isec.advisory.domain.plan.financials.LoanSchedule;
import org.isec.advisory.domain.plan.report.Tables.Row;

/** The loan: terms, one row per year, then every instalment. */
final class LoanPages {

    private final Chapters chapters;
    private final Tables tables;
    private final Labels l;

    LoanPages(Chapters chapters, Tables tables, Labels labels) {
        this.chapters = chapters;
        this.tables = tables;
        this.l = labels;
    }

    void schedule(LoanSchedule loan) {
        chapters.heading("section.loan");
        if (loan == null) {
            chapters.line(l.text("loan.none"));
            return;
        }
        chapters.table(tables.keyValues(List.of(
                Row.of(l.text("loan.amount"), l.money(loan.principal())),
                Row.of(l.text("loan.rate"), l.quantity(loan.annualRatePct()) + " %"),
                Row.of(l.text("loan.term"), l.text("loan.termValue", loan.months(), loan.months() / 12)),
                Row.strong(l.text("loan.instalment"), l.money(loan.monthlyInstalment())),
                Row.of(l.text("loan.totalInterest"), l.money(loan.totalInterest())),
                Row.of(l.text("loan.totalPaid"), l.money(loan.totalPaid()))), 60));

        chapters.table(tables.of(new float[] {2, 2, 2, 2, 2}, List.of(l.text("loan.year"), l.text("loan.payment"),
                        l.text("loan.interest"), l.text("loan.principal"), l.text("loan.balance")),
                loan.yearly().stream().map(y -> Row.of(String.valueOf(y.calendarYear()), l.money(y.payments()),
                        l.money(y.interest()), l.money(y.principal()), l.money(y.closingBalance()))).toList()));

        chapters.subheading(l.text("section.loanMonthly"));
        chapters.table(tables.of(new float[] {1, 2, 2, 2, 2, 2.4f}, List.of(l.text("loan.number"),
                        l.text("loan.month"), l.text("loan.payment"), l.text("loan.interest"), l.text("loan.principal"),
                        l.text("loan.balance")),
                loan.monthly().stream().map(m -> Row.of(String.valueOf(m.number()), l.month(m.month()),
                        l.money(m.payment()), l.money(m.interest()), l.money(m.principal()),
                        l.money(m.balance()))).toList()));
    }
}
