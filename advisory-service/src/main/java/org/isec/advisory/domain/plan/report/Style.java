package org.isec.advisory.domain.plan.report;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;

/**
 * Typography and table cells. One embedded Unicode font (Liberation Sans, shipped inside OpenPDF) so accented
 * letters, € and — render the same everywhere; bold and italic are synthesised from it.
 */
final class Style {

    static final Color INK = new Color(0x1F, 0x29, 0x33);
    static final Color ACCENT = new Color(0x0B, 0x4F, 0x6C);
    static final Color MUTED = new Color(0x5F, 0x6B, 0x76);
    static final Color RULE = new Color(0xC9, 0xD1, 0xD9);
    static final Color BAND = new Color(0xEE, 0xF3, 0xF6);
    private static final String FONT = "/font-fallback/LiberationSans-Regular.ttf";

    final BaseFont base;
    final Font title;
    final Font subtitle;
    final Font h1;
    final Font h2;
    final Font body;
    final Font italic;
    final Font small;
    final Font tableHead;
    final Font cell;
    final Font cellBold;

    private Style(BaseFont base) {
        this.base = base;
        title = new Font(base, 26, Font.BOLD, ACCENT);
        subtitle = new Font(base, 13, Font.NORMAL, INK);
        h1 = new Font(base, 15, Font.BOLD, ACCENT);
        h2 = new Font(base, 11.5f, Font.BOLD, INK);
        body = new Font(base, 10, Font.NORMAL, INK);
        italic = new Font(base, 10, Font.ITALIC, MUTED);
        small = new Font(base, 8, Font.NORMAL, MUTED);
        tableHead = new Font(base, 8.5f, Font.BOLD, Color.WHITE);
        cell = new Font(base, 8.5f, Font.NORMAL, INK);
        cellBold = new Font(base, 8.5f, Font.BOLD, INK);
    }

    /** A font per document: BaseFont carries subset state that should not be shared by concurrent renderings. */
    static Style load() {
        try (InputStream in = Style.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + FONT);
            }
            byte[] ttf = in.readAllBytes();
            return new Style(BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, false, ttf, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PdfPCell head(String text, int align) {
        PdfPCell c = cell(text, tableHead, align);
        c.setBackgroundColor(ACCENT);
        c.setBorderColor(ACCENT);
        return c;
    }

    PdfPCell label(String text, boolean strong, boolean banded) {
        return banded(cell(text, strong ? cellBold : this.cell, Element.ALIGN_LEFT), banded);
    }

    PdfPCell number(String text, boolean strong, boolean banded) {
        return banded(cell(text, strong ? cellBold : this.cell, Element.ALIGN_RIGHT), banded);
    }

    private static PdfPCell banded(PdfPCell c, boolean banded) {
        if (banded) {
            c.setBackgroundColor(BAND);
        }
        return c;
    }

    private static PdfPCell cell(String text, Font font, int align) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        c.setHorizontalAlignment(align);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        c.setPaddingTop(3);
        c.setPaddingBottom(4);
        c.setPaddingLeft(4);
        c.setPaddingRight(4);
        c.setBorder(Rectangle.BOTTOM);
        c.setBorderColor(RULE);
        c.setBorderWidth(0.5f);
        return c;
    }
}
