package org.isec.training.domain.hub;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The hub's starter articles ({@code hub/articles.json}), inserted once per slug. */
@Component
public class ArticleSeeds {

    static final String RESOURCE = "/hub/articles.json";

    private final KnowledgeHub hub;
    private final JsonMapper json;

    ArticleSeeds(KnowledgeHub hub, JsonMapper json) {
        this.hub = hub;
        this.json = json;
    }

    record Seed(String slug, ArticleCategory category, Map<String, ArticleDraft.TranslationDraft> translations) {
    }

    /** Returns how many articles this call inserted. */
    public int seed() {
        int inserted = 0;
        for (Seed seed : load()) {
            if (hub.seed(seed.slug(), seed.category(), seed.translations())) {
                inserted++;
            }
        }
        return inserted;
    }

    List<Seed> load() {
        try (InputStream in = ArticleSeeds.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return json.readValue(in, new TypeReference<List<Seed>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
