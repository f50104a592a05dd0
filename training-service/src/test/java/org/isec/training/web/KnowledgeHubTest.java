package org.isec.training.web;

import org.isec.devstack.junit.WithInfrastructure;
import org.isec.training.TrainingApi;
import org.isec.training.Tokens.Person;
import org.isec.training.domain.hub.ArticleSeeds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.isec.training.TrainingApi.BASE;
import static org.isec.training.Tokens.member;
import static org.isec.training.Tokens.trainer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@WithInfrastructure
class KnowledgeHubTest {

    static final String VAT = "partita-iva-imprenditore-straniero";
    static final String DURC = "durc-regolarita-contributiva";

    @Autowired
    MockMvc mvc;
    @Autowired
    ArticleSeeds seeds;

    Person reader = Person.newMember("Amina Diallo");
    Person editor = Person.newStaff("Giulia Trainer");

    @BeforeEach
    void seeded() {
        seeds.seed();
    }

    @Test
    void eachArticleComesInTheAskedLanguageOrFallsBackToItalianAndSaysSo() throws Exception {
        mvc.perform(get(BASE + "/articles").param("lang", "zh").param("size", "100").with(member(reader)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems", greaterThanOrEqualTo(6)))
                .andExpect(jsonPath("$.items[?(@.slug == '%s')].servedLanguage".formatted(VAT)).value("zh"))
                .andExpect(jsonPath("$.items[?(@.slug == '%s')].fallback".formatted(VAT)).value(false))
                .andExpect(jsonPath("$.items[?(@.slug == '%s')].title".formatted(VAT))
                        .value("外国创业者如何开设增值税号（partita IVA）"))
                .andExpect(jsonPath("$.items[?(@.slug == '%s')].servedLanguage".formatted(DURC)).value("it"))
                .andExpect(jsonPath("$.items[?(@.slug == '%s')].fallback".formatted(DURC)).value(true))
                .andExpect(jsonPath("$.items[*].requestedLanguage", everyItem(is("zh"))));
    }

    @Test
    void englishOnlyArticleFallsBackToEnglishWhenItalianIsMissing() throws Exception {
        String id = api(post(BASE + "/articles"), """
                {"category": "MARKETING", "translations": {"en": {"title": "Pricing a catering offer",
                 "summary": "Cost plus margin, and when not to.", "body": "Start from your food cost per cover..."}}}
                """);
        mvc.perform(get(BASE + "/articles/{id}", id).param("lang", "fr").with(member(reader)))
                .andExpect(jsonPath("$.servedLanguage").value("en"))
                .andExpect(jsonPath("$.fallback").value(true));
    }

    @Test
    void withoutLangTheAcceptLanguageHeaderDecides() throws Exception {
        mvc.perform(get(BASE + "/articles/{slug}", VAT).header("Accept-Language", "fr-FR,fr;q=0.9,en;q=0.5")
                        .with(member(reader)))
                .andExpect(jsonPath("$.servedLanguage").value("fr"))
                .andExpect(jsonPath("$.title").value("Ouvrir un numéro de TVA en tant qu'entrepreneur étranger"));
        mvc.perform(get(BASE + "/articles/{slug}", VAT).with(member(reader)))
                .andExpect(jsonPath("$.servedLanguage").value("it"));
    }

    @Test
    void keywordSearchIgnoresCaseAndAccentsAndMatchesWordBeginnings() throws Exception {
        mvc.perform(get(BASE + "/articles").param("q", "FATTUR elettronica").param("lang", "it")
                        .with(member(reader)))
                .andExpect(jsonPath("$.items[*].slug", hasItem("fatturazione-elettronica-sdi")))
                .andExpect(jsonPath("$.items.length()").value(1));
        // "Società"-style accents: "regolarita" finds "regolarità".
        mvc.perform(get(BASE + "/articles").param("q", "regolarita contributiva").param("lang", "en")
                        .with(member(reader)))
                .andExpect(jsonPath("$.items[*].slug", hasItem(DURC)));
        mvc.perform(get(BASE + "/articles").param("q", "增值税").param("lang", "zh").with(member(reader)))
                .andExpect(jsonPath("$.items[*].slug", hasItem(VAT)));
        mvc.perform(get(BASE + "/articles").param("q", "zzzqqq").with(member(reader)))
                .andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void trainersAddTranslationsAndMembersCannotEdit() throws Exception {
        String id = api(post(BASE + "/articles"), """
                {"category": "HR", "translations": {"it": {"title": "Il contratto a tempo determinato",
                 "summary": "Durata, proroghe, causali.", "body": "Il contratto a termine può durare..."}}}
                """);
        mvc.perform(put(BASE + "/articles/{id}/translations/{lang}", id, "es").with(trainer(editor))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"El contrato de duración determinada\", \"body\": \"Puede durar...\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.servedLanguage").value("es"))
                .andExpect(jsonPath("$.availableLanguages", hasItem("es")));
        mvc.perform(get(BASE + "/articles").param("q", "duracion determinada").param("lang", "es")
                        .with(member(reader)))
                .andExpect(jsonPath("$.items[0].title").value("El contrato de duración determinada"));
        mvc.perform(put(BASE + "/articles/{id}/translations/{lang}", id, "fr").with(member(reader))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"x\", \"body\": \"y\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void articlesNeedItalianOrEnglishAndAKnownCategory() throws Exception {
        mvc.perform(post(BASE + "/articles").with(trainer(editor)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"category": "GOSSIP", "translations": {"fr": {"title": "", "body": "texte"}}}
                                """))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field", hasItem("category")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("translations")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("translations.fr.title")));
        mvc.perform(post(BASE + "/articles").with(trainer(editor)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"slug": "%s", "category": "TAX", "translations": {"it": {"title": "t", "body": "b"}}}
                                """.formatted(VAT)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString(VAT)));
        mvc.perform(get(BASE + "/articles").param("lang", "italian").with(member(reader)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("lang"));
    }

    private String api(MockHttpServletRequestBuilder request, String body) throws Exception {
        return TrainingApi.json(mvc.perform(request.with(trainer(editor))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated())
                .andReturn()).read("$.id");
    }
}
