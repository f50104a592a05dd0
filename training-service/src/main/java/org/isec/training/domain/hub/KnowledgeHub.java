package org.isec.training.domain.hub;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.isec.defaults.mongo.LiteralRegex;
import org.isec.defaults.problem.ConflictException;
import org.isec.defaults.problem.InvalidInputException;
import org.isec.defaults.problem.NotFoundException;
import org.isec.defaults.security.Caller;
import org.isec.training.domain.Languages;
import org.isec.training.domain.ResultPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The multilingual knowledge hub: reading with language fallback, keyword search, editing by trainers/operators. */
@Service
public class KnowledgeHub {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeHub.class);
    private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 600;
    static final int MAX_BODY = 20_000;

    private final MongoTemplate mongo;
    private final Clock clock;

    KnowledgeHub(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public ResultPage<LocalizedArticle> list(String language, String q, String category, int page, int size) {
        InvalidInputException.Builder errors = InvalidInputException.builder();
        errors.addIf(!Languages.isIso639_1(language), "lang", "must be an ISO 639-1 code such as it, en, fr");
        ArticleCategory parsedCategory = parse(category);
        errors.addIf(category != null && parsedCategory == null, "category",
                "must be one of " + List.of(ArticleCategory.values()));
        errors.addIf(q != null && q.length() > 200, "q", "must be at most 200 characters");
        errors.addIf(page < 0, "page", "must be 0 or more");
        errors.addIf(size < 1 || size > ResultPage.MAX_SIZE, "size", "must be between 1 and " + ResultPage.MAX_SIZE);
        errors.throwIfAny();

        List<Criteria> criteria = new ArrayList<>();
        if (parsedCategory != null) {
            criteria.add(where("category").is(parsedCategory));
        }
        List<String> tokens = SearchTerms.tokens(q);
        if (q != null && !q.isBlank() && tokens.isEmpty()) {
            // Only punctuation or symbols: a search for nothing searchable finds nothing, not everything.
            return new ResultPage<>(List.of(), page, size, 0);
        }
        for (String token : tokens) {
            // Each word of the query must begin some indexed word: "fattur" finds "fatturazione".
            criteria.add(where("searchTerms").regex("^" + LiteralRegex.of(token)));
        }
        Query query = criteria.isEmpty() ? new Query() : Query.query(new Criteria().andOperator(criteria));
        long total = mongo.count(query, Article.class);
        List<Article> articles = mongo.find(query.with(Sort.by("slug")).skip((long) page * size).limit(size),
                Article.class);
        return new ResultPage<>(articles.stream().map(a -> localize(a, language)).toList(), page, size, total);
    }

    public LocalizedArticle read(String idOrSlug, String language) {
        if (!Languages.isIso639_1(language)) {
            throw InvalidInputException.of("lang", "must be an ISO 639-1 code such as it, en, fr");
        }
        return localize(require(idOrSlug), language);
    }

    public LocalizedArticle create(ArticleDraft draft, Caller editor) {
        InvalidInputException.Builder errors = InvalidInputException.builder();
        ArticleCategory category = parse(draft.category());
        errors.addIf(category == null, "category", "must be one of " + List.of(ArticleCategory.values()));
        Map<String, ArticleDraft.TranslationDraft> drafts = draft.translations() == null ? Map.of()
                : draft.translations();
        errors.addIf(!drafts.containsKey(Languages.ITALIAN) && !drafts.containsKey(Languages.ENGLISH),
                "translations", "must include Italian (it) or English (en)");
        drafts.forEach((language, t) -> checkTranslation(errors, "translations." + language, language, t));
        String slug = draft.slug() != null ? draft.slug() : slugOf(drafts);
        errors.addIf(slug == null || !SLUG.matcher(slug).matches() || slug.length() > 120, "slug",
                "must be lower-case words joined by hyphens, at most 120 characters");
        errors.throwIfAny();

        Instant now = clock.instant();
        Map<String, Translation> translations = new LinkedHashMap<>();
        drafts.forEach((language, t) -> translations.put(language, translation(t, editor.userId(), now)));
        Article article = Article.create(UUID.randomUUID().toString(), slug, category, translations, editor.userId(),
                now);
        try {
            mongo.insert(article);
        } catch (DuplicateKeyException taken) {
            throw new ConflictException("SLUG_TAKEN", "An article with slug '" + slug + "' already exists.");
        }
        log.info("article {} ({}) created by {}", article.getId(), slug, editor.userId());
        return localize(article, translations.containsKey(Languages.ITALIAN) ? Languages.ITALIAN : Languages.ENGLISH);
    }

    /** Adds or replaces one translation; concurrent edits of one article are refused (409), never lost. */
    public LocalizedArticle translate(String idOrSlug, String language, ArticleDraft.TranslationDraft draft,
                                      Caller editor) {
        InvalidInputException.Builder errors = InvalidInputException.builder();
        errors.addIf(!Languages.isIso639_1(language), "lang", "must be an ISO 639-1 code such as it, en, fr");
        checkTranslation(errors, "", language, draft);
        errors.throwIfAny();
        Article article = require(idOrSlug);
        article.translate(language, translation(draft, editor.userId(), clock.instant()));
        mongo.save(article);
        log.info("article {} translation {} saved by {}", article.getId(), language, editor.userId());
        return localize(article, language);
    }

    /** Inserts a seeded article unless one with its slug exists, so editors' changes survive restarts. */
    boolean seed(String slug, ArticleCategory category, Map<String, ArticleDraft.TranslationDraft> drafts) {
        if (mongo.exists(Query.query(where("slug").is(slug)), Article.class)) {
            return false;
        }
        Instant now = clock.instant();
        Map<String, Translation> translations = new LinkedHashMap<>();
        drafts.forEach((language, t) -> translations.put(language, translation(t, "system", now)));
        try {
            mongo.insert(Article.create(UUID.randomUUID().toString(), slug, category, translations, "system", now));
            return true;
        } catch (DuplicateKeyException anotherInstanceWasFirst) {
            return false;
        }
    }

    static LocalizedArticle localize(Article article, String requested) {
        String served = Languages.pick(article.getTranslations().keySet(), requested);
        Translation t = article.getTranslations().get(served);
        return new LocalizedArticle(article.getId(), article.getSlug(), article.getCategory(), requested, served,
                !served.equals(requested), t.title(), t.summary(), t.body(),
                article.getTranslations().keySet().stream().sorted().toList(), article.getUpdatedAt());
    }

    private Article require(String idOrSlug) {
        Article article = mongo.findOne(Query.query(new Criteria().orOperator(where("_id").is(idOrSlug),
                where("slug").is(idOrSlug))), Article.class);
        if (article == null) {
            throw new NotFoundException("article", idOrSlug);
        }
        return article;
    }

    private static void checkTranslation(InvalidInputException.Builder errors, String prefix, String language,
                                         ArticleDraft.TranslationDraft t) {
        String at = prefix.isEmpty() ? "" : prefix + ".";
        errors.addIf(!Languages.isIso639_1(language), prefix.isEmpty() ? "lang" : prefix,
                "must be keyed by an ISO 639-1 code such as it, en, fr");
        if (t == null) {
            errors.add(prefix.isEmpty() ? "body" : prefix, "must not be empty");
            return;
        }
        errors.addIf(blank(t.title()), at + "title", "must not be blank");
        errors.addIf(t.title() != null && t.title().length() > MAX_TITLE, at + "title",
                "must be at most " + MAX_TITLE + " characters");
        errors.addIf(t.summary() != null && t.summary().length() > MAX_SUMMARY, at + "summary",
                "must be at most " + MAX_SUMMARY + " characters");
        errors.addIf(blank(t.body()), at + "body", "must not be blank");
        errors.addIf(t.body() != null && t.body().length() > MAX_BODY, at + "body",
                "must be at most " + MAX_BODY + " characters");
    }

    private static Translation translation(ArticleDraft.TranslationDraft t, String by, Instant now) {
        return new Translation(t.title().strip(), t.summary() == null ? null : t.summary().strip(), t.body().strip(),
                now, by);
    }

    private static String slugOf(Map<String, ArticleDraft.TranslationDraft> drafts) {
        ArticleDraft.TranslationDraft source = drafts.getOrDefault(Languages.ITALIAN, drafts.get(Languages.ENGLISH));
        if (source == null || blank(source.title())) {
            return null;
        }
        String ascii = Normalizer.normalize(source.title(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return ascii.length() > 120 ? ascii.substring(0, 120).replaceAll("-+$", "") : ascii;
    }

    private static ArticleCategory parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return ArticleCategory.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
