package org.isec.notification.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTest {

    @Test
    void tagsAndCodesNameTheSupportedLanguages() {
        assertThat(Language.of("ar")).contains(Language.AR);
        assertThat(Language.of("AR-eg")).contains(Language.AR);
        assertThat(Language.of("zh_Hans_CN")).contains(Language.ZH);
        assertThat(Language.of("de")).isEmpty();
        assertThat(Language.of(null)).isEmpty();
        assertThat(Language.of(" ")).isEmpty();
    }

    @Test
    void theFirstSupportedCandidateWinsAndItalianIsTheLastResort() {
        assertThat(Language.firstOf(null, "de", "fr", "en")).isEqualTo(Language.FR);
        assertThat(Language.firstOf("de", null)).isEqualTo(Language.IT);
    }

    @Test
    void acceptLanguageGivesTheClientsMostPreferredSupportedLanguage() {
        assertThat(Language.fromAcceptLanguage("de-DE,de;q=0.9,es;q=0.8,en;q=0.5")).contains(Language.ES);
        assertThat(Language.fromAcceptLanguage("de")).isEmpty();
        assertThat(Language.fromAcceptLanguage("*;;;")).isEmpty();
    }

    @Test
    void onlyArabicIsRightToLeft() {
        for (Language language : Language.values()) {
            assertThat(language.rightToLeft()).isEqualTo(language == Language.AR);
        }
    }
}
