package org.isec.advisory.domain.plan.report;

import java.util.List;

import org.isec.advisory.domain.plan.report.Tables.Row;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;

/** The cover: who, what, which version, and the five numbers a credit officer looks for first. */
final class TitlePage {

    private final Document document;
    private final PdfWriter writer;
    private final Style style;
    private final Labels l;

    TitlePage(Document document, PdfWriter writer, Style style, Labels labels) {
        this.document = document;
        this.writer = writer;
        this.style = style;
        this.l = labels;
    }

    void write(PlanReport report, List<Row> highlights) {
        document.add(paragraph(l.text("document.footer"), style.small, 0, 0));
        document.add(paragraph(l.text("document.kind").toUpperCase(l.locale()), style.h2, 150, 6));
        document.add(paragraph(report.title(), style.title, 0, 10));
        if (report.organisation() != null && !report.organisation().isBlank()) {
            document.add(paragraph(report.organisation(), style.subtitle, 0, 4));
        }
        var f = report.financials();
        document.add(paragraph(l.text("document.period", String.valueOf(f.startYear()),
                String.valueOf(f.startYear() + f.years().size() - 1)), style.body, 14, 2));
        document.add(paragraph(l.text("document.currency", f.currency()), style.body, 0, 2));
        String status = report.finalizedAt() == null
                ? l.text("document.draft", report.version())
                : l.text("document.final", report.version(), l.date(report.finalizedAt()));
        document.add(paragraph(status, report.finalizedAt() == null ? style.italic : style.body, 0, 30));
        document.add(paragraph(l.text("document.highlights"), style.h2, 0, 6));
        document.add(new Tables(style).keyValues(highlights, 70));
        accentBar();
    }

    /** A bar down the left edge, so the cover reads as a cover when printed. */
    private void accentBar() {
        PdfContentByte canvas = writer.getDirectContentUnder();
        canvas.saveState();
        canvas.setColorFill(Style.ACCENT);
        canvas.rectangle(0, 0, 18, document.getPageSize().getHeight());
        canvas.fill();
        canvas.restoreState();
    }

    private static Paragraph paragraph(String text, org.openpdf.text.Font font, float before, float after) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        return p;
    }
}
