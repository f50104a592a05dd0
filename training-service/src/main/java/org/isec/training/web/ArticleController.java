package org.isec.training.web;

import java.net.URI;
import java.util.Locale;

import org.isec.defaults.security.Caller;
import org.isec.training.domain.Languages;
import org.isec.training.domain.hub.ArticleDraft;
import org.isec.training.domain.hub.KnowledgeHub;
import org.isec.training.domain.hub.LocalizedArticle;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The knowledge hub. Without {@code lang}, the reader's Accept-Language decides, then Italian. */
@RestController
@RequestMapping("/api/training/articles")
class ArticleController {

    private final KnowledgeHub hub;

    ArticleController(KnowledgeHub hub) {
        this.hub = hub;
    }

    @GetMapping
    PageResponse<LocalizedArticle> articles(@RequestParam(required = false) String lang,
                                            @RequestParam(required = false) String q,
                                            @RequestParam(required = false) String category,
                                            @RequestParam(defaultValue = "0") int page,
                                            @RequestParam(defaultValue = "20") int size,
                                            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                                            String acceptLanguage) {
        return PageResponse.of(hub.list(language(lang, acceptLanguage), q, category, page, size));
    }

    @GetMapping("/{idOrSlug}")
    LocalizedArticle article(@PathVariable String idOrSlug, @RequestParam(required = false) String lang,
                             @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                             String acceptLanguage) {
        return hub.read(idOrSlug, language(lang, acceptLanguage));
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('TRAINER', 'OPERATOR')")
    ResponseEntity<LocalizedArticle> create(@RequestBody ArticleDraft draft, Caller caller) {
        LocalizedArticle article = hub.create(draft, caller);
        return ResponseEntity.created(URI.create("/api/training/articles/" + article.id())).body(article);
    }

    @PutMapping("/{idOrSlug}/translations/{lang}")
    @PreAuthorize("hasAnyRole('TRAINER', 'OPERATOR')")
    LocalizedArticle translate(@PathVariable String idOrSlug, @PathVariable String lang,
                               @RequestBody ArticleDraft.TranslationDraft translation, Caller caller) {
        return hub.translate(idOrSlug, lang, translation, caller);
    }

    static String language(String lang, String acceptLanguage) {
        if (lang != null) {
            return lang.strip().toLowerCase(Locale.ROOT);
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String language = Locale.forLanguageTag(range.getRange()).getLanguage();
                    if (Languages.isIso639_1(language)) {
                        return language;
                    }
                }
            } catch (IllegalArgumentException malformedHeader) {
                return Languages.ITALIAN;
            }
        }
        return Languages.ITALIAN;
    }

}
