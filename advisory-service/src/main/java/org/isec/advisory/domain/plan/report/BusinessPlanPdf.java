package org.isec.advisory.domain.plan.report;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.isec.advisory.domain.plan.PlanSections;
import org.isec.advisory.domain.plan.financials.Financials;
import org.isec.advisory.domain.plan.financials.Financials.YearProjection;
import org.isec.advisory.domain.plan.report.Tables.Row;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/** Renders one version of a business plan as the PDF a member hands to a bank, in Italian or English. */
public final class BusinessPlanPdf {

    /** ISO 639-1 codes the report is written in. */
    public static final Set<String> LANGUAGES = Set.of("it", "en");

    private BusinessPlanPdf() {
    }

    public static byte[] render(PlanReport report, String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("no business plan labels in " + language);
        }
        Financials f = report.financials();
        var labels = new Labels(Locale.of(language), Currency.getInstance(f.currency()).getDefaultFractionDigits());
        var style = Style.load();
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 56, 56, 56, 64);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PageFooter(style, labels, report.title()));
        document.addTitle(report.title());
        document.addSubject(labels.text("document.kind"));
        document.addCreator("ISEC advisory service");
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language));
        document.open();

        new TitlePage(document, writer, style, labels).write(report, highlights(f, labels));
        var chapters = new Chapters(document, writer, style, labels);
        narrative(chapters, report.sections() == null ? PlanSections.empty() : report.sections());
        var tables = new Tables(style);
        var projections = new ProjectionPages(chapters, tables, labels);
        chapters.newPage();
        projections.assumptions(report.assumptions(), f);
        chapters.newPage();
        projections.incomeStatement(f);
        projections.cashFlow(f);
        projections.breakEven(f);
        chapters.newPage();
        new LoanPages(chapters, tables, labels).schedule(f.loan());
        chapters.heading("section.notes");
        chapters.notes(List.of("note.operatingCashFlow", "note.dscr", "note.breakEven", "note.loan",
                "note.timing", "note.rounding"));
        document.close();
        return out.toByteArray();
    }

    private static void narrative(Chapters chapters, PlanSections s) {
        chapters.newPage();
        chapters.heading("section.executiveSummary");
        chapters.prose(s.executiveSummary());
        chapters.heading("section.businessIdea");
        chapters.prose(s.businessIdea());
        chapters.heading("section.marketAndCompetitors");
        chapters.prose(s.marketAndCompetitors());
        chapters.heading("section.marketingPlan");
        chapters.prose(s.marketingPlan());
        chapters.heading("section.team");
        chapters.prose(s.team());
        chapters.heading("section.operations");
        chapters.prose(s.operations());
    }

    private static List<Row> highlights(Financials f, Labels l) {
        String none = l.text("highlight.none");
        BigDecimal minDscr = f.years().stream().map(YearProjection::dscr).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        return List.of(
                Row.of(l.text("highlight.investment"), l.money(f.sourcesAndUses().investments())),
                Row.of(l.text("highlight.loan"), f.loan() == null ? none : l.money(f.loan().principal())),
                Row.strong(l.text("highlight.instalment"), f.loan() == null ? none : l.money(f.loan().monthlyInstalment())),
                Row.of(l.text("highlight.minDscr"), minDscr == null ? none : l.ratio(minDscr)),
                Row.of(l.text("highlight.breakEven"), l.money(f.years().getFirst().breakEvenRevenue())));
    }
}
