package org.isec.advisory.domain.plan.report;

import java.util.List;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/** Numbered headings and running text, shared by every part of the report. */
final class Chapters {

    /** A heading needs this much room below it (points), or it moves to the next page with its content. */
    private static final float ROOM_FOR_HEADING = 140;

    private final Document document;
    private final PdfWriter writer;
    private final Style style;
    private final Labels labels;
    private int number;

    Chapters(Document document, PdfWriter writer, Style style, Labels labels) {
        this.document = document;
        this.writer = writer;
        this.style = style;
        this.labels = labels;
    }

    void heading(String key) {
        if (writer.getVerticalPosition(false) - document.bottom() < ROOM_FOR_HEADING) {
            document.newPage();
        }
        Paragraph p = new Paragraph(++number + ".  " + labels.text(key), style.h1);
        p.setSpacingBefore(number == 1 ? 0 : 10);
        p.setSpacingAfter(8);
        p.setKeepTogether(true);
        document.add(p);
    }

    void subheading(String text) {
        Paragraph p = new Paragraph(text, style.h2);
        p.setSpacingBefore(10);
        p.setSpacingAfter(5);
        document.add(p);
    }

    /** The member's text as written: blank lines separate paragraphs. */
    void prose(String text) {
        if (text == null || text.isBlank()) {
            document.add(new Paragraph(labels.text("section.empty"), style.italic));
            return;
        }
        for (String para : text.strip().split("\\R\\s*\\R")) {
            Paragraph p = new Paragraph(14, para.strip(), style.body);
            p.setAlignment(Element.ALIGN_JUSTIFIED);
            p.setSpacingAfter(6);
            document.add(p);
        }
    }

    void line(String text) {
        Paragraph p = new Paragraph(14, text, style.body);
        p.setSpacingAfter(4);
        document.add(p);
    }

    void notes(List<String> keys) {
        for (String key : keys) {
            Paragraph p = new Paragraph(12, labels.text(key), style.small);
            p.setSpacingAfter(5);
            document.add(p);
        }
    }

    void table(PdfPTable table) {
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        document.add(table);
    }

    void newPage() {
        document.newPage();
    }

    void space(float points) {
        Paragraph p = new Paragraph(new Chunk(" ", style.small));
        p.setSpacingBefore(points);
        document.add(p);
    }
}
