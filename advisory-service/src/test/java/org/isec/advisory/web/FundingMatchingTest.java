package org.isec.advisory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.isec.advisory.Tokens.member;
import static org.isec.advisory.Tokens.newId;
import static org.isec.advisory.Tokens.operator;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.cloudevents.CloudEvent;
import org.bson.Document;
import org.isec.advisory.Api;
import org.isec.advisory.IntegrationTest;
import org.isec.advisory.MembershipEvents;
import org.isec.advisory.PublishedEvents;
import org.isec.contracts.IsecCloudEvents;
import org.isec.contracts.JsonSchemas;
import org.isec.contracts.membership.MemberApproved;
import org.isec.contracts.membership.MemberSuspended;
import org.isec.contracts.membership.OrganizationProfile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class FundingMatchingTest {

    static PublishedEvents published;
    static MembershipEvents membership;

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoTemplate mongo;
    Api api;

    @BeforeAll
    static void connect() {
        published = new PublishedEvents();
        membership = new MembershipEvents();
    }

    @AfterAll
    static void disconnect() {
        published.close();
        membership.close();
    }

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    @Test
    void aPublishedCallIsMatchedToTheEligibleMemberOnlyWithItsReasons() throws Exception {
        String eligible = newId();
        String elsewhere = newId();
        int founded = Year.now().getValue() - 2;
        approve(eligible, newId(), "Lombardia", founded, List.of(OrganizationProfile.WOMEN_LED));
        approve(elsewhere, newId(), "Lazio", founded, List.of(OrganizationProfile.WOMEN_LED));
        awaitProjected(eligible);
        awaitProjected(elsewhere);

        String call = publish("""
                {"title": "Nuova impresa femminile in Lombardia", "scope": "REGIONAL", "provider": "Regione Lombardia",
                 "eligibility": {"atecoPrefixes": ["56"], "regions": ["Lombardia"], "maxCompanyAgeYears": 5,
                                 "founderTraits": ["WOMEN_LED"]},
                 "minAmount": 10000, "maxAmount": 50000, "deadline": "%s", "url": "https://www.bandi.regione.lombardia.it/nif"}
                """.formatted(LocalDate.now().plusMonths(3)));

        CloudEvent match = published.await("isec.advisory.FundingMatchFound", call,
                events -> events.stream().anyMatch(e -> data(e).contains(eligible))).getFirst();
        assertThat(JsonSchemas.validate(match.getType(), 1, IsecCloudEvents.dataBytes(match))).isEmpty();
        assertThat(data(match)).contains("REGION:Lombardia").contains("ATECO:56.10.11").contains("FOUNDER:WOMEN_LED");
        CloudEvent announced = published.awaitOne("isec.advisory.FundingOpportunityPublished", call);
        assertThat(JsonSchemas.validate(announced.getType(), 1, IsecCloudEvents.dataBytes(announced))).isEmpty();
        assertThat(mongo.exists(Query.query(Criteria.where("_id").is(call + ":" + elsewhere)), "funding_matches")).isFalse();
        assertThat(published.of("isec.advisory.FundingMatchFound", call)).noneMatch(e -> data(e).contains(elsewhere));

        mvc.perform(get("/api/advisory/funding-opportunities").param("eligibleFor", "me").with(member(eligible)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + call + "')].reasons[*]",
                        containsInAnyOrder("ATECO:56.10.11", "REGION:Lombardia", "COMPANY_AGE:2", "FOUNDER:WOMEN_LED")));
        mvc.perform(get("/api/advisory/funding-opportunities").param("eligibleFor", "me").with(member(elsewhere)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", not(hasItem(call))));
        mvc.perform(get("/api/advisory/funding-opportunities").with(member(elsewhere)))
                .andExpect(jsonPath("$[*].id", hasItem(call)));
    }

    @Test
    void aMemberApprovedAfterPublicationIsMatchedAndARedeliveryChangesNothing() throws Exception {
        String call = publish("""
                {"title": "Digitalizzazione PMI", "scope": "NATIONAL", "provider": "MIMIT",
                 "eligibility": {"legalForms": ["COOPERATIVA"], "maxEmployees": 10},
                 "deadline": "%s", "url": "https://www.mimit.gov.it/voucher"}""".formatted(LocalDate.now().plusDays(20)));
        String coop = newId();
        String approvalId = newId();

        var approved = approval(coop, "COOPERATIVA", "Lombardia", Year.now().getValue() - 10, List.of());
        membership.publish(approved, approvalId);
        published.await("isec.advisory.FundingMatchFound", call, events -> events.stream().anyMatch(e -> data(e).contains(coop)));

        membership.publish(approved, approvalId);
        membership.publish(new MemberSuspended(coop, MemberSuspended.OPERATOR_DECISION, "audit", null, Instant.now()), newId());
        // Same key, same partition: once the suspension is projected, the redelivery before it was handled too.
        await().atMost(Duration.ofSeconds(60)).until(() -> "SUSPENDED".equals(projected(coop).getString("status")));

        assertThat(mongo.count(Query.query(Criteria.where("memberId").is(coop)), "funding_matches")).isEqualTo(1);
        assertThat(projected(coop).getList("appliedEvents", String.class)).containsOnlyOnce(approvalId);
        published.pollOnce();
        assertThat(published.of("isec.advisory.FundingMatchFound", call)).filteredOn(e -> data(e).contains(coop)).hasSize(1);
        mvc.perform(get("/api/advisory/funding-opportunities").param("eligibleFor", "me").with(member(coop)))
                .andExpect(jsonPath("$[*].id", not(hasItem(call))));
    }

    @Test
    void aMemberOpensAnAdvisoryCaseFromACall() throws Exception {
        String call = publish("""
                {"title": "Horizon Europe — EIC Accelerator", "scope": "EU", "provider": "European Commission",
                 "deadline": "%s", "url": "https://eic.ec.europa.eu/accelerator"}""".formatted(LocalDate.now().plusDays(60)));
        String org = newId();

        String caseId = JsonPath.read(api.json(post("/api/advisory/funding-opportunities/{id}/requests", call)
                                .with(member(org)),
                        "{\"description\": \"Vorremmo candidarci\", \"preferredLanguage\": \"it\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.area").value("FUNDING"))
                .andExpect(jsonPath("$.fundingOpportunityId").value(call))
                .andReturn().getResponse().getContentAsString(), "$.id");

        assertThat(data(published.awaitOne("isec.advisory.AdvisoryRequested", caseId))).contains(call);
        api.json(post("/api/advisory/requests").with(member(org)), """
                {"area": "FUNDING", "description": "x", "preferredLanguage": "it", "fundingOpportunityId": "%s"}"""
                        .formatted(newId()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("fundingOpportunityId"));
    }

    @Test
    void onlyOperatorsPublishAndBadCallsNameTheirFields() throws Exception {
        String body = """
                {"title": "", "scope": "REGIONAL", "eligibility": {"regions": ["Atlantide"], "atecoPrefixes": ["5"],
                 "legalForms": ["LLC"]}, "minAmount": 500, "maxAmount": 100, "deadline": "2020-01-01",
                 "url": "ftp://example.org/x"}""";

        api.json(post("/api/advisory/funding-opportunities").with(member(newId())), body)
                .andExpect(status().isForbidden());
        api.json(post("/api/advisory/funding-opportunities").with(operator()), body)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field", hasItems("title", "deadline", "url", "maxAmount",
                        "eligibility.regions[0]", "eligibility.atecoPrefixes[0]", "eligibility.legalForms[0]")));
    }

    private String publish(String body) throws Exception {
        return JsonPath.read(api.json(post("/api/advisory/funding-opportunities").with(operator()), body)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    private void approve(String memberId, String eventId, String region, int founded, List<String> traits)
            throws Exception {
        membership.publish(approval(memberId, "SRL", region, founded, traits), eventId);
    }

    private static MemberApproved approval(String memberId, String legalForm, String region, int founded,
                                           List<String> traits) {
        var profile = new OrganizationProfile("Sapori " + memberId.substring(0, 6), legalForm, List.of("56.10.11"),
                region, "Lombardia".equals(region) ? "MI" : "RM", null, List.of("it", "ar"), List.of("catering"), 4,
                founded, null, traits);
        return new MemberApproved(memberId, newId(), newId(), profile, null, "1", Instant.now());
    }

    private void awaitProjected(String memberId) {
        await().atMost(Duration.ofSeconds(60)).until(() -> projected(memberId) != null);
    }

    private Document projected(String memberId) {
        return mongo.findById(memberId, Document.class, "members");
    }

    private static String data(CloudEvent e) {
        return new String(IsecCloudEvents.dataBytes(e));
    }
}
