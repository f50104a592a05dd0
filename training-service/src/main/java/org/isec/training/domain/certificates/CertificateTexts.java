package org.isec.training.domain.certificates;

import java.util.Map;

/** The fixed wording of a certificate, per language. */
record CertificateTexts(String heading, String certifies, String completed, String on, String code, String verifyAt,
                        String issuer) {

    private static final String ISSUER = "Imprenditori per lo Sviluppo della Cooperazione Economica";

    private static final Map<String, CertificateTexts> BY_LANGUAGE = Map.of(
            "it", new CertificateTexts("Attestato di completamento", "Si attesta che",
                    "ha completato il corso", "Milano,", "Codice di verifica", "Verifica l'autenticità su", ISSUER),
            "en", new CertificateTexts("Certificate of Completion", "This is to certify that",
                    "has completed the course", "Milan,", "Verification code", "Verify this certificate at", ISSUER),
            "fr", new CertificateTexts("Attestation de réussite", "Nous certifions que",
                    "a suivi avec succès le cours", "Milan, le", "Code de vérification",
                    "Vérifiez l'authenticité sur", ISSUER),
            "es", new CertificateTexts("Certificado de finalización", "Se certifica que",
                    "ha completado el curso", "Milán,", "Código de verificación", "Verifique su autenticidad en",
                    ISSUER),
            "ar", new CertificateTexts("شهادة إتمام", "نشهد بأن", "قد أتم الدورة التدريبية", "ميلانو،",
                    "رمز التحقق", "للتحقق من صحة هذه الشهادة", ISSUER),
            "zh", new CertificateTexts("结业证书", "兹证明", "已完成课程", "米兰，", "验证码", "证书验证网址", ISSUER));

    /** Languages with a wording; any other language is printed in English or Italian. */
    static boolean has(String language) {
        return BY_LANGUAGE.containsKey(language);
    }

    static CertificateTexts of(String language) {
        return BY_LANGUAGE.get(language);
    }
}
