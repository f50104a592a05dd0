package org.isec.training.domain.hub;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageFallbackTest {

    static Article article(String... languages) {
        Map<String, Translation> translations = new LinkedHashMap<>();
        for (String language : languages) {
            translations.put(language, new Translation("title " + language, null, "body " + language, Instant.EPOCH,
                    "editor"));
        }
        return Article.create("id", "slug", ArticleCategory.TAX, translations, "editor", Instant.EPOCH);
    }

    @Test
    void theAskedLanguageIsServedWhenItExists() {
        LocalizedArticle served = KnowledgeHub.localize(article("it", "en", "ar"), "ar");
        assertThat(served.servedLanguage()).isEqualTo("ar");
        assertThat(served.fallback()).isFalse();
        assertThat(served.title()).isEqualTo("title ar");
    }

    @Test
    void italianComesFirstThenEnglish() {
        assertThat(KnowledgeHub.localize(article("en", "it"), "zh").servedLanguage()).isEqualTo("it");
        assertThat(KnowledgeHub.localize(article("fr", "en"), "zh").servedLanguage()).isEqualTo("en");
        LocalizedArticle onlyFrench = KnowledgeHub.localize(article("fr"), "es");
        assertThat(onlyFrench.servedLanguage()).isEqualTo("fr");
        assertThat(onlyFrench.fallback()).isTrue();
        assertThat(onlyFrench.availableLanguages()).containsExactly("fr");
    }
}
