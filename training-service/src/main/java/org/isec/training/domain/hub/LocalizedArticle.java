package org.isec.training.domain.hub;

import java.time.Instant;
import java.util.List;

/**
 * An article as served in one language.
 *
 * @param requestedLanguage what the reader asked for
 * @param servedLanguage    what they got: the asked language, else Italian, else English
 * @param fallback          true when served differs from requested
 */
public record LocalizedArticle(String id, String slug, ArticleCategory category, String requestedLanguage,
                               String servedLanguage, boolean fallback, String title, String summary, String body,
                               List<String> availableLanguages, Instant updatedAt) {
}
