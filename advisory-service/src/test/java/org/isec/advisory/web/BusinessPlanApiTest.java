package org.isec.advisory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.isec.advisory.Tokens.advisor;
import static org.isec.advisory.Tokens.member;
import static org.isec.advisory.Tokens.newId;
import static org.isec.advisory.Tokens.operator;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.cloudevents.CloudEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.isec.advisory.Api;
import org.isec.advisory.IntegrationTest;
import org.isec.advisory.PublishedEvents;
import org.isec.contracts.IsecCloudEvents;
import org.isec.contracts.JsonSchemas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class BusinessPlanApiTest {

    /** The example of issue 5, with its narrative filled in. */
    static final String SAPORI_DEL_NILO = """
            {"title": "Sapori del Nilo — second shop", "currency": "EUR", "startYear": 2027, "years": 3,
             "sections": {"executiveSummary": "Un secondo punto vendita a Città Studi.",
                          "businessIdea": "Cucina egiziana da asporto.", "marketAndCompetitors": "Tre università.",
                          "marketingPlan": "Volantini e piattaforme.", "team": "Due soci, quattro dipendenti.",
                          "operations": "Sette giorni su sette."},
             "revenueLines": [{"name": "Takeaway meals", "unitPrice": 9.50, "unitsYear1": 30000, "annualGrowthPct": 8}],
             "variableCostPct": 38, "fixedCosts": [{"name": "Rent", "annual": 24000}, {"name": "Staff", "annual": 96000}],
             "investments": [{"name": "Kitchen equipment", "amount": 60000, "depreciationYears": 5}],
             "financing": {"equity": 20000, "loan": {"amount": 50000, "annualRatePct": 6.0, "years": 5}}}""";

    @Autowired
    MockMvc mvc;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    @Test
    void financialsOfTheExamplePlanAreComputedExactly() throws Exception {
        String org = newId();
        String id = create(org, SAPORI_DEL_NILO);

        // Reference values: FinancialModelTest / src/test/resources/reference/financials.py
        mvc.perform(get("/api/advisory/business-plans/{id}/financials", id).with(member(org)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.years.length()").value(3))
                .andExpect(jsonPath("$.years[0].revenue").value(285000.00))
                .andExpect(jsonPath("$.years[0].ebitda").value(56700.00))
                .andExpect(jsonPath("$.years[0].interest").value(2759.53))
                .andExpect(jsonPath("$.years[0].profitBeforeTax").value(41940.47))
                .andExpect(jsonPath("$.years[0].dscr").value(4.89))
                .andExpect(jsonPath("$.years[0].breakEvenRevenue").value(217354.08))
                .andExpect(jsonPath("$.years[2].variableCosts").value(126321.12))
                .andExpect(jsonPath("$.loan.monthlyInstalment").value(966.64))
                .andExpect(jsonPath("$.loan.monthly.length()").value(60))
                .andExpect(jsonPath("$.loan.monthly[0].month").value("2027-01"))
                .andExpect(jsonPath("$.loan.monthly[59].payment").value(966.67))
                .andExpect(jsonPath("$.loan.yearly[0].principal").value(8840.15));
    }

    @Test
    void pdfCarriesTheTitleAndTheInstalmentInTheRequestedLanguage() throws Exception {
        String org = newId();
        String id = create(org, SAPORI_DEL_NILO);

        byte[] italian = mvc.perform(get("/api/advisory/business-plans/{id}/pdf", id).param("lang", "it").with(member(org)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        byte[] english = mvc.perform(get("/api/advisory/business-plans/{id}/pdf", id).with(member(org))
                        .header("Accept-Language", "en-GB,en;q=0.9"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        assertThat(text(italian)).contains("Sapori del Nilo — second shop").contains("966,64").contains("Città Studi");
        assertThat(text(english)).contains("Sapori del Nilo — second shop").contains("966.64")
                .contains("Loan amortisation schedule");
        mvc.perform(get("/api/advisory/business-plans/{id}/pdf", id).param("lang", "de").with(member(org)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("lang"));
    }

    @Test
    void invalidAssumptionsAreRefusedNamingEachField() throws Exception {
        String bad = SAPORI_DEL_NILO.replace("\"years\": 3", "\"years\": 12")
                .replace("\"variableCostPct\": 38", "\"variableCostPct\": 130")
                .replace("\"annual\": 24000", "\"annual\": -24000")
                .replace("\"currency\": \"EUR\"", "\"currency\": \"EURO\"");

        api.json(post("/api/advisory/business-plans").with(member(newId())), bad)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field",
                        hasItems("years", "variableCostPct", "fixedCosts[0].annual", "currency")));
        api.json(post("/api/advisory/business-plans").with(member(newId())),
                        SAPORI_DEL_NILO.replace("\"unitPrice\": 9.50", "\"unitPrice\": \"cheap\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("revenueLines[0].unitPrice"));
    }

    @Test
    void finalisingFreezesAVersionAndTheNextEditStartsAnother() throws Exception {
        try (var events = new PublishedEvents()) {
            String org = newId();
            String id = create(org, SAPORI_DEL_NILO);

            mvc.perform(post("/api/advisory/business-plans/{id}/finalize", id).with(member(org)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.version").value(1))
                    .andExpect(jsonPath("$.status").value("FINAL"));
            mvc.perform(post("/api/advisory/business-plans/{id}/finalize", id).with(member(org)))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("ALREADY_FINAL"));

            api.json(put("/api/advisory/business-plans/{id}", id).with(member(org)),
                            SAPORI_DEL_NILO.replace("\"amount\": 50000", "\"amount\": 40000"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.version").value(2))
                    .andExpect(jsonPath("$.status").value("DRAFT"))
                    .andExpect(jsonPath("$.versions[*].status").value(contains("FINAL", "DRAFT")));
            mvc.perform(get("/api/advisory/business-plans/{id}/financials", id).param("version", "1").with(member(org)))
                    .andExpect(jsonPath("$.loan.principal").value(50000));
            mvc.perform(get("/api/advisory/business-plans/{id}/financials", id).with(member(org)))
                    .andExpect(jsonPath("$.loan.principal").value(40000));

            CloudEvent finalized = events.awaitOne("isec.advisory.BusinessPlanFinalized", id);
            String data = new String(IsecCloudEvents.dataBytes(finalized));
            assertThat(JsonSchemas.validate(finalized.getType(), 1, IsecCloudEvents.dataBytes(finalized))).isEmpty();
            assertThat(data).contains("\"planVersion\":1").contains("\"memberId\":\"" + org + "\"");
        }
    }

    @Test
    void finalisingNeedsEverySection() throws Exception {
        String org = newId();
        String id = create(org, SAPORI_DEL_NILO.replace("\"team\": \"Due soci, quattro dipendenti.\",", ""));

        mvc.perform(post("/api/advisory/business-plans/{id}/finalize", id).with(member(org)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field", hasItem("sections.team")));
    }

    @Test
    void plansAreReadOnlyByTheirMemberOperatorsAndTheMembersAdvisors() throws Exception {
        String org = newId();
        String id = create(org, SAPORI_DEL_NILO);
        String ownAdvisor = newId();
        api.advisor(ownAdvisor, "[\"FINANCIAL\"]", "[\"it\"]");
        api.assignedRequest(org, ownAdvisor);

        mvc.perform(get("/api/advisory/business-plans/{id}", id).with(operator())).andExpect(status().isOk());
        mvc.perform(get("/api/advisory/business-plans/{id}/financials", id).with(advisor(ownAdvisor)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/advisory/business-plans").with(advisor(ownAdvisor)))
                .andExpect(jsonPath("$[*].id", hasItem(id)));
        mvc.perform(get("/api/advisory/business-plans/{id}", id).with(advisor(newId()))).andExpect(status().isNotFound());
        mvc.perform(get("/api/advisory/business-plans").with(advisor(newId())))
                .andExpect(jsonPath("$[*].id", not(hasItem(id))));
        mvc.perform(get("/api/advisory/business-plans/{id}/pdf", id).with(member(newId()))).andExpect(status().isNotFound());
        api.json(put("/api/advisory/business-plans/{id}", id).with(operator()), SAPORI_DEL_NILO)
                .andExpect(status().isNotFound());
    }

    private String create(String org, String body) throws Exception {
        return JsonPath.read(api.json(post("/api/advisory/business-plans").with(member(org)), body)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(1))
                .andReturn().getResponse().getContentAsString(), "$.id");
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
