package org.isec.training.domain.hub;

import java.util.Map;

/** A new article: an optional slug (derived from the title otherwise), a category, translations by language. */
public record ArticleDraft(String slug, String category, Map<String, TranslationDraft> translations) {

    public record TranslationDraft(String title, String summary, String body) {
    }
}
