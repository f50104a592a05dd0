package org.isec.advisory.domain.plan.report;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * "Page n of N" and the plan's title on every page but the title page. N is only known when the document closes,
 * so each footer points at one shared template that is filled in at the end.
 */
final class PageFooter extends PdfPageEventHelper {

    private static final float SIZE = 8;

    private final Style style;
    private final Labels labels;
    private final String title;
    private PdfTemplate total;

    PageFooter(Style style, Labels labels, String title) {
        this.style = style;
        this.labels = labels;
        this.title = title;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40, 16);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        if (writer.getPageNumber() == 1) {
            return;
        }
        PdfContentByte canvas = writer.getDirectContent();
        float y = document.bottom() - 24;
        canvas.saveState();
        canvas.setColorStroke(Style.RULE);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(document.left(), y + 12);
        canvas.lineTo(document.right(), y + 12);
        canvas.stroke();
        canvas.restoreState();

        String page = labels.text("document.page", writer.getPageNumber()) + " ";
        float pageWidth = style.base.getWidthPoint(page, SIZE);
        float x = document.right() - 24 - pageWidth;
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(fitted(x - document.left() - 12), style.small),
                document.left(), y, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(page, style.small), x, y, 0);
        canvas.addTemplate(total, x + pageWidth, y);
    }

    /** Title and consortium if they fit before the page number; else the title alone, shortened if need be. */
    private String fitted(float width) {
        String full = title + "  ·  " + labels.text("document.footer");
        if (style.base.getWidthPoint(full, SIZE) <= width) {
            return full;
        }
        String shortened = title;
        while (shortened.length() > 1 && style.base.getWidthPoint(shortened + "…", SIZE) > width) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened.equals(title) ? title : shortened.strip() + "…";
    }

    /** By now the writer has already moved past the last page, hence the − 1. */
    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        ColumnText.showTextAligned(total, Element.ALIGN_LEFT,
                new Phrase(String.valueOf(writer.getPageNumber() - 1), style.small), 0, 0, 0);
    }
}
