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
import java.util.stream.Stream;

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
 * Fonts are embedded (subsets): DejaVu Sans for Latin and Arabic script (Arabic shaped by OpenPDF's ligaturizer
 * and set right to left), WenQuanYi Micro Hei for Chinese. A language without a wording is printed in English or
 * Italian — see {@link #printLanguage}.
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

    /** For Chinese: one CJK face for everything (it has Latin glyphs too); bold is synthesised. */
    static CertificatePdf chinese() {
        BaseFont cjk = font("wqy-microhei.ttc,0");
        return new CertificatePdf(cjk, cjk);
    }

    /** The PDF of a certificate, in its print language with fonts that can draw it. */
    static byte[] of(Certificate certificate, String verificationUrl) {
        String language = printLanguage(certificate);
        // A Chinese name or organisation on a certificate in another Latin-script language needs the CJK face too.
        boolean han = !"ar".equals(language) && Stream.of(certificate.learnerName(), certificate.organisationName(),
                certificate.titleIn(language)).anyMatch(CertificatePdf::hasHan);
        CertificatePdf pdf = "zh".equals(language) || han ? chinese() : create();
        return pdf.render(certificate, verificationUrl);
    }

    private static boolean hasHan(String text) {
        return text != null && text.codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
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
        // The consortium's name is Italian and Latin-script in every language.
        body.addCell(line("I.S.E.C.", true, 18, ACCENT, 4, false));
        body.addCell(line(texts.issuer(), false, 9, MUTED, 40, false));
        body.addCell(line(texts.heading(), true, 34, ACCENT, 30, rtl));
        body.addCell(line(texts.certifies(), false, 14, INK, 12, rtl));
        body.addCell(line(certificate.learnerName(), true, 26, INK, 6, rtl));
        if (certificate.organisationName() != null) {
            body.addCell(line(certificate.organisationName(), false, 12, MUTED, 18, rtl));
        }
        body.addCell(line(texts.completed(), false, 14, INK, 10, rtl));
        body.addCell(line(certificate.titleIn(language), true, 20, ACCENT, 22, rtl));
        String dated = texts.on() + (texts.on().endsWith("，") ? "" : " ") + date(certificate, language);
        body.addCell(line(dated, false, 12, INK, 60, rtl));
        body.addCell(line(texts.code() + ": " + certificate.verificationCode(), true, 13, INK, 4, rtl));
        body.addCell(line(texts.verifyAt() + ": " + verificationUrl, false, 9, MUTED, 0, rtl));
        document.add(body);
        document.close();
        return out.toByteArray();
    }

    private static String date(Certificate certificate, String language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(language))
                .format(certificate.completedAt().atZone(ROME));
    }

    private PdfPCell line(String text, boolean strong, float size, Color color, float spaceAfter, boolean rtl) {
        // A face without a bold cut (the CJK one serves both) gets its bold synthesised.
        int style = strong && bold == regular ? Font.BOLD : Font.NORMAL;
        PdfPCell cell = new PdfPCell(new Phrase(text, new Font(strong ? bold : regular, size, style, color)));
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

    private static BaseFont font(String name) {
        String file = name.replaceFirst(",\\d+$", "");
        try (InputStream in = CertificatePdf.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: /fonts/" + file);
            }
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
