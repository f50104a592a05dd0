package org.isec.advisory.domain.plan.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.isec.advisory.domain.plan.financials.FinancialAssumptions;
import org.isec.advisory.domain.plan.financials.FinancialAssumptions.FixedCost;
import org.isec.advisory.domain.plan.financials.FinancialAssumptions.Investment;
import org.isec.advisory.domain.plan.financials.FinancialAssumptions.RevenueLine;
import org.isec.advisory.domain.plan.financials.Financials;
import org.isec.advisory.domain.plan.financials.Financials.YearProjection;
import org.isec.advisory.domain.plan.report.Tables.Row;

/** The assumptions and the year-by-year statements. Years go in columns, at most five per table to stay legible. */
final class ProjectionPages {

    private static final int YEARS_PER_TABLE = 5;
    private static final float LABEL_WIDTH = 3.2f;

    private final Chapters chapters;
    private final Tables tables;
    private final Labels l;

    ProjectionPages(Chapters chapters, Tables tables, Labels labels) {
        this.chapters = chapters;
        this.tables = tables;
        this.l = labels;
    }

    void assumptions(FinancialAssumptions a, Financials f) {
        chapters.heading("section.assumptions");
        chapters.subheading(l.text("assumptions.revenue"));
        List<Row> revenue = new ArrayList<>();
        for (RevenueLine line : a.revenueLines()) {
            revenue.add(Row.of(line.name(), l.money(line.unitPrice()), l.quantity(line.unitsYear1()),
                    l.quantity(line.annualGrowthPct() == null ? BigDecimal.ZERO : line.annualGrowthPct())));
        }
        chapters.table(tables.of(new float[] {4, 2, 2, 2}, List.of(l.text("assumptions.line"),
                l.text("assumptions.unitPrice"), l.text("assumptions.unitsYear1"), l.text("assumptions.growth")), revenue));
        chapters.line(l.text("assumptions.variableCostPct", l.quantity(a.variableCostPct())));

        chapters.subheading(l.text("assumptions.fixedCosts"));
        if (a.fixedCosts().isEmpty()) {
            chapters.line(l.text("assumptions.none"));
        } else {
            List<Row> fixed = new ArrayList<>(a.fixedCosts().stream()
                    .map(c -> Row.of(c.name(), l.money(c.annual()))).toList());
            fixed.add(Row.strong(l.text("row.fixedCosts"), l.money(sum(a.fixedCosts().stream().map(FixedCost::annual).toList()))));
            chapters.table(tables.of(new float[] {6, 2}, List.of(l.text("assumptions.line"), l.text("assumptions.annual")), fixed));
        }

        chapters.subheading(l.text("assumptions.investments"));
        if (a.investments().isEmpty()) {
            chapters.line(l.text("assumptions.none"));
        } else {
            List<Row> inv = new ArrayList<>();
            for (Investment i : a.investments()) {
                inv.add(Row.of(i.name(), l.money(i.amount()), String.valueOf(i.depreciationYears()),
                        l.money(i.amount().divide(BigDecimal.valueOf(i.depreciationYears()), MathContext.DECIMAL128))));
            }
            chapters.table(tables.of(new float[] {4, 2, 2, 2}, List.of(l.text("assumptions.line"),
                    l.text("assumptions.amount"), l.text("assumptions.depreciationYears"),
                    l.text("assumptions.depreciationPerYear")), inv));
        }

        chapters.subheading(l.text("assumptions.sources"));
        var s = f.sourcesAndUses();
        chapters.table(tables.keyValues(List.of(
                Row.of(l.text("assumptions.equity"), l.money(s.equity())),
                Row.of(l.text("assumptions.loan"), l.money(s.loan())),
                Row.of(l.text("assumptions.investments"), l.money(s.investments().negate())),
                Row.strong(l.text("assumptions.openingCash"), l.money(s.openingCash()))), 60));
    }

    void incomeStatement(Financials f) {
        chapters.heading("section.incomeStatement");
        byYears(f, List.of(
                money("row.revenue", YearProjection::revenue, false),
                money("row.variableCosts", YearProjection::variableCosts, false),
                money("row.contributionMargin", YearProjection::contributionMargin, true),
                money("row.fixedCosts", YearProjection::fixedCosts, false),
                money("row.ebitda", YearProjection::ebitda, true),
                money("row.depreciation", YearProjection::depreciation, false),
                money("row.ebit", YearProjection::ebit, true),
                money("row.interest", YearProjection::interest, false),
                money("row.profitBeforeTax", YearProjection::profitBeforeTax, true)));
    }

    void cashFlow(Financials f) {
        chapters.heading("section.cashFlow");
        byYears(f, List.of(
                money("row.operatingCashFlow", YearProjection::operatingCashFlow, false),
                money("row.interest", YearProjection::interest, false),
                money("row.principalRepaid", YearProjection::principalRepaid, false),
                money("row.debtService", YearProjection::debtService, true),
                new Line("row.dscr", y -> l.ratio(y.dscr()), true),
                money("row.cashFlowAfterDebtService", YearProjection::cashFlowAfterDebtService, false),
                money("row.closingCash", YearProjection::closingCash, true)));
    }

    void breakEven(Financials f) {
        chapters.heading("section.breakEven");
        byYears(f, List.of(
                money("row.revenue", YearProjection::revenue, false),
                money("row.breakEvenRevenue", YearProjection::breakEvenRevenue, true),
                money("row.cashBreakEvenRevenue", YearProjection::cashBreakEvenRevenue, false),
                new Line("row.marginOfSafety", y -> l.ratio(y.marginOfSafetyPct()), true)));
    }

    private void byYears(Financials f, List<Line> lines) {
        List<YearProjection> years = f.years();
        for (int from = 0; from < years.size(); from += YEARS_PER_TABLE) {
            List<YearProjection> chunk = years.subList(from, Math.min(from + YEARS_PER_TABLE, years.size()));
            List<String> header = new ArrayList<>();
            header.add(l.text("document.currency", f.currency()));
            chunk.forEach(y -> header.add(String.valueOf(y.calendarYear())));
            List<Row> rows = lines.stream().map(line -> {
                List<String> cells = new ArrayList<>();
                cells.add(l.text(line.key()));
                chunk.forEach(y -> cells.add(line.value().apply(y)));
                return new Row(cells, line.strong());
            }).toList();
            var table = tables.of(Tables.widths(LABEL_WIDTH, chunk.size()), header, rows);
            if (years.size() > YEARS_PER_TABLE) {
                // A shorter last table keeps the columns of the full ones, so years line up down the page.
                table.setWidthPercentage(100f * (LABEL_WIDTH + chunk.size()) / (LABEL_WIDTH + YEARS_PER_TABLE));
                table.setHorizontalAlignment(org.openpdf.text.Element.ALIGN_LEFT);
            }
            chapters.table(table);
        }
    }

    private Line money(String key, Function<YearProjection, BigDecimal> value, boolean strong) {
        return new Line(key, y -> l.money(value.apply(y)), strong);
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private record Line(String key, Function<YearProjection, String> value, boolean strong) {
    }
}
