package org.isec.membership.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void acceptsIso6391CodesOnly() {
        assertThat(Languages.isIso6391("ar")).isTrue();
        assertThat(Languages.isIso6391("zh")).isTrue();
        assertThat(Languages.isIso6391("he")).isTrue();
        assertThat(Languages.isIso6391("iw")).isFalse();
        assertThat(Languages.isIso6391("ara")).isFalse();
        assertThat(Languages.isIso6391("AR")).isFalse();
        assertThat(Languages.isIso6391("xx")).isFalse();
    }

    @Test
    void readsThePreferredLanguageOfAnAcceptLanguageHeader() {
        assertThat(Languages.fromAcceptLanguage("fr-FR,fr;q=0.9,en;q=0.5")).isEqualTo("fr");
        assertThat(Languages.fromAcceptLanguage("*")).isNull();
        assertThat(Languages.fromAcceptLanguage("not a header;;")).isNull();
        assertThat(Languages.fromAcceptLanguage(null)).isNull();
    }
}
