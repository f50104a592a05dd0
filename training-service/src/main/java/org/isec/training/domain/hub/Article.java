package org.isec.training.domain.hub;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** A knowledge hub article with its translations; {@code searchTerms} is rebuilt from them on every change. */
@Document(Article.COLLECTION)
public class Article {

    static final String COLLECTION = "articles";

    @Id
    private String id;
    private String slug;
    private ArticleCategory category;
    private Map<String, Translation> translations;
    private List<String> searchTerms;
    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    @Version
    private Long version;

    Article() {
    }

    static Article create(String id, String slug, ArticleCategory category, Map<String, Translation> translations,
                          String by, Instant now) {
        Article article = new Article();
        article.id = id;
        article.slug = slug;
        article.category = category;
        article.translations = new LinkedHashMap<>(translations);
        article.createdAt = now;
        article.createdBy = by;
        article.updatedAt = now;
        article.reindex();
        return article;
    }

    void translate(String language, Translation translation) {
        translations = new LinkedHashMap<>(translations);
        translations.put(language, translation);
        updatedAt = translation.updatedAt();
        reindex();
    }

    private void reindex() {
        List<String> texts = new ArrayList<>();
        translations.values().forEach(t -> {
            texts.add(t.title());
            texts.add(t.summary());
            texts.add(t.body());
        });
        texts.add(slug.replace('-', ' '));
        searchTerms = SearchTerms.of(texts.toArray(String[]::new));
    }

    public String getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public ArticleCategory getCategory() {
        return category;
    }

    public Map<String, Translation> getTranslations() {
        return translations;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
