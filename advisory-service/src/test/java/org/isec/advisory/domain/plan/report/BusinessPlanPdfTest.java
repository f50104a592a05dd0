package org.isec.advisory.domain.plan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.isec.advisory.domain.plan.PlanSections;
import org.isec.advisory.domain.plan.financials.FinancialAssumptions;
import org.isec.advisory.domain.plan.financials.FinancialModel;
import org.junit.jupiter.api.Test;

class BusinessPlanPdfTest {

    static final PlanSections SECTIONS = new PlanSections(
            "Sapori del Nilo apre un secondo punto vendita di cucina egiziana da asporto a Milano, in zona Città Studi.",
            "Piatti della tradizione egiziana preparati ogni giorno: koshari, ful medames, falafel.\n\nMenù in italiano, arabo e inglese.",
            "Il quartiere conta tre università e molti uffici; i concorrenti diretti sono due kebab e una rosticceria.",
            "Volantini nelle università, consegne con le principali piattaforme, fidelizzazione con tessera a punti.",
            "Due soci fondatori con dieci anni di esperienza nella ristorazione e quattro dipendenti.",
            "Apertura sette giorni su sette, cucina centrale condivisa con il primo punto vendita.");

    static PlanReport report(Instant finalizedAt) {
        FinancialAssumptions a = org.isec.advisory.domain.plan.financials.FinancialModelTestData.saporiDelNilo();
        return new PlanReport("Sapori del Nilo — second shop", "Sapori del Nilo S.r.l.", 2, finalizedAt, SECTIONS, a,
                FinancialModel.project(a));
    }

    @Test
    void italianReportCarriesTitleInstalmentAndAccentedText() throws IOException {
        byte[] pdf = BusinessPlanPdf.render(report(Instant.parse("2026-11-20T10:00:00Z")), "it");
        keep(pdf, "business-plan-it.pdf");

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Sapori del Nilo — second shop");
            assertThat(text).contains("Sapori del Nilo — second shop")
                    .contains("966,64")                       // the monthly instalment, Italian number format
                    .contains("Piano di ammortamento del finanziamento")
                    .contains("Città Studi").contains("Menù")    // accented letters survive the embedded font
                    .contains("Versione 2, definitiva dal 20 novembre 2026")
                    .contains("Pagina 2 di " + doc.getNumberOfPages());
        }
    }

    @Test
    void englishReportUsesEnglishLabelsAndNumbers() throws IOException {
        byte[] pdf = BusinessPlanPdf.render(report(null), "en");
        keep(pdf, "business-plan-en.pdf");

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Loan amortisation schedule").contains("966.64").contains("57,998.43")
                    .contains("Draft version 2, not finalised").contains("Projected income statement");
        }
    }

    /** Kept under target/ so a person can look at the rendering (pdftoppm); not read by the assertions. */
    private static void keep(byte[] pdf, String name) throws IOException {
        Files.write(Files.createDirectories(Path.of("target", "pdf")).resolve(name), pdf);
    }
}
