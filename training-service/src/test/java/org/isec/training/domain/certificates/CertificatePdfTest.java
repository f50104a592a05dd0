package org.isec.training.domain.certificates;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CertificatePdfTest {

    static final Map<String, String> TITLE = Map.of(
            "it", "Fatturazione elettronica per piccole imprese",
            "en", "E-invoicing for small businesses",
            "fr", "La facturation électronique pour les petites entreprises",
            "ar", "الفوترة الإلكترونية للشركات الصغيرة",
            "zh", "小企业电子发票");

    static Certificate certificate(String language) {
        return new Certificate("0b8f2a34-5c6d-4e7f-8a9b-0c1d2e3f4a5b", VerificationCodes.next(), language,
                "Amina Diallo", "Sartoria Baobab Srl", "7d1e2f30-4a5b-4c6d-8e9f-0a1b2c3d4e5f", TITLE, "TAX",
                Instant.parse("2026-11-20T15:30:00Z"), Instant.parse("2026-11-20T15:30:00Z"));
    }

    @Test
    void italianCertificateNamesLearnerCourseDateAndVerificationCode() throws Exception {
        Certificate certificate = certificate("it");
        String text = text(render(certificate));
        assertThat(text).contains("Attestato di completamento", "Si attesta che", "Amina Diallo",
                "Sartoria Baobab Srl", "Fatturazione elettronica per piccole imprese", "20 novembre 2026",
                certificate.verificationCode(),
                "https://isec.example/api/training/certificates/" + certificate.verificationCode());
    }

    @Test
    void frenchCertificateIsWrittenInFrench() throws Exception {
        String text = text(render(certificate("fr")));
        assertThat(text).contains("Attestation de réussite", "La facturation électronique pour les petites entreprises",
                "20 novembre 2026");
    }

    @Test
    void arabicCertificateIsPrintedInArabicScript() throws Exception {
        Certificate certificate = certificate("ar");
        String text = text(render(certificate));
        assertThat(CertificatePdf.printLanguage(certificate)).isEqualTo("ar");
        assertThat(text).contains(certificate.verificationCode(), "Amina Diallo");
        // Shaped Arabic is stored as presentation forms; any Arabic letter proves the script was drawn.
        assertThat(text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC))
                .isTrue();
    }

    @Test
    void chineseCertificateIsPrintedInChinese() throws Exception {
        Certificate certificate = certificate("zh");
        String text = text(render(certificate));
        assertThat(text).contains("结业证书", "小企业电子发票", "2026年11月20日", "Amina Diallo",
                certificate.verificationCode());
    }

    @Test
    void aLanguageWithoutWordingIsPrintedInEnglish() throws Exception {
        Certificate certificate = new Certificate("0b8f2a34-5c6d-4e7f-8a9b-0c1d2e3f4a5b", VerificationCodes.next(),
                "de", "Amina Diallo", null, "7d1e2f30-4a5b-4c6d-8e9f-0a1b2c3d4e5f",
                Map.of("de", "E-Rechnung", "en", "E-invoicing"), "TAX", Instant.parse("2026-11-20T15:30:00Z"),
                Instant.parse("2026-11-20T15:30:00Z"));
        assertThat(CertificatePdf.printLanguage(certificate)).isEqualTo("en");
        assertThat(text(render(certificate))).contains("Certificate of Completion", "E-invoicing");
    }

    @Test
    void aChineseNameIsDrawnOnAnItalianCertificate() throws Exception {
        Certificate certificate = new Certificate("0b8f2a34-5c6d-4e7f-8a9b-0c1d2e3f4a5b", VerificationCodes.next(),
                "it", "王小明", "Sartoria Baobab Srl", "7d1e2f30-4a5b-4c6d-8e9f-0a1b2c3d4e5f", TITLE, "TAX",
                Instant.parse("2026-11-20T15:30:00Z"), Instant.parse("2026-11-20T15:30:00Z"));
        assertThat(text(render(certificate))).contains("王小明", "Attestato di completamento");
    }

    private static byte[] render(Certificate certificate) throws Exception {
        byte[] pdf = CertificatePdf.of(certificate,
                "https://isec.example/api/training/certificates/" + certificate.verificationCode());
        // Kept for a look with any PDF viewer: target/certificates/<language>.pdf
        Path out = Path.of("target", "certificates");
        Files.createDirectories(out);
        Files.write(out.resolve(certificate.language() + ".pdf"), pdf);
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        return pdf;
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            return new PDFTextStripper().getText(document);
        }
    }
}
