package org.isec.training.domain.certificates;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Renders a certificate as a one-page A4 landscape PDF with the verification code and where to check it.
 * DejaVu Sans is embedded: it draws Latin and Arabic script (shaped by OpenPDF's ligaturizer, right to left).
 * It has no Chinese glyphs, so a Chinese certificate is printed in English (or Italian) — see {@link #printLanguage}.
 */
final class CertificatePdf {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final Color ACCENT = new Color(0x0B, 0x4F, 0x6C);
    private static final Color INK = new Color(0x1F, 0x29, 0x33);
    private static final Color MUTED = new Color(0x5F, 0x6B, 0x76);
    private static final Color GOLD = new Color(0xB0, 0x8D, 0x3C);

    private final BaseFont regular;
    private final BaseFont bold;

    private CertificatePdf(BaseFont regular, BaseFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** Fonts per rendering: a BaseFont keeps subset state that concurrent renderings must not share. */
    static CertificatePdf create() {
        return new CertificatePdf(font("DejaVuSans.ttf"), font("DejaVuSans-Bold.ttf"));
    }

    /** The language the PDF is printed in: the certificate's, unless the embedded font cannot draw it. */
    static String printLanguage(Certificate certificate) {
        if (CertificateTexts.has(certificate.language())) {
            return certificate.language();
        }
        return certificate.courseTitle().containsKey("en") || !certificate.courseTitle().containsKey("it") ? "en"
                : "it";
    }

    byte[] render(Certificate certificate, String verificationUrl) {
        String language = printLanguage(certificate);
        CertificateTexts texts = CertificateTexts.of(language);
        boolean rtl = "ar".equals(language);
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4.rotate(), 70, 70, 60, 50);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(texts.heading() + " — " + certificate.verificationCode());
        document.addAuthor("I.S.E.C.");
        document.open();
        frame(writer.getDirectContent(), document.getPageSize());

        PdfPTable body = new PdfPTable(1);
        body.setWidthPercentage(100);
        body.setRunDirection(rtl ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
        body.addCell(line("I.S.E.C.", bold, 16, ACCENT, 4, rtl));
        body.addCell(line(texts.issuer(), regular, 9, MUTED, 26, false));
        body.addCell(line(texts.heading(), bold, 30, ACCENT, 22, rtl));
        body.addCell(line(texts.certifies(), regular, 13, INK, 10, rtl));
        body.addCell(line(certificate.learnerName(), bold, 24, INK, 4, rtl));
        if (certificate.organisationName() != null) {
            body.addCell(line(certificate.organisationName(), regular, 12, MUTED, 12, rtl));
        }
        body.addCell(line(texts.completed(), regular, 13, INK, 8, rtl));
        body.addCell(line(certificate.titleIn(language), bold, 18, ACCENT, 16, rtl));
        body.addCell(line(texts.on() + " " + date(certificate, language), regular, 12, INK, 30, rtl));
        body.addCell(line(texts.code() + ": " + certificate.verificationCode(), bold, 13, INK, 4, rtl));
        body.addCell(line(texts.verifyAt() + ": " + verificationUrl, regular, 9, MUTED, 0, rtl));
        document.add(body);
        document.close();
        return out.toByteArray();
    }

    private static String date(Certificate certificate, String language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(language))
                .format(certificate.completedAt().atZone(ROME));
    }

    private PdfPCell line(String text, BaseFont base, float size, Color color, float spaceAfter, boolean rtl) {
        PdfPCell cell = new PdfPCell(new Phrase(text, new Font(base, size, Font.NORMAL, color)));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setPaddingBottom(spaceAfter);
        if (rtl) {
            cell.setRunDirection(PdfWriter.RUN_DIRECTION_RTL);
            cell.setArabicOptions(ColumnText.AR_LIG);
        }
        return cell;
    }

    private static void frame(PdfContentByte canvas, Rectangle page) {
        canvas.saveState();
        canvas.setColorStroke(ACCENT);
        canvas.setLineWidth(3f);
        canvas.rectangle(24, 24, page.getWidth() - 48, page.getHeight() - 48);
        canvas.stroke();
        canvas.setColorStroke(GOLD);
        canvas.setLineWidth(0.8f);
        canvas.rectangle(32, 32, page.getWidth() - 64, page.getHeight() - 64);
        canvas.stroke();
        canvas.restoreState();
    }

    private static BaseFont font(String file) {
        try (InputStream in = CertificatePdf.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: /fonts/" + file);
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
