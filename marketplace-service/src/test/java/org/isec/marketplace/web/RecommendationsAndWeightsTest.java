package org.isec.marketplace.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.isec.marketplace.support.IntegrationTest;
import org.isec.marketplace.support.MembershipEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

class RecommendationsAndWeightsTest extends IntegrationTest {

    @AfterEach
    void defaultWeights() throws Exception {
        mvc.perform(put("/api/marketplace/admin/matching-weights").with(operator()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"category\": 0.25, \"capabilities\": 0.30, \"place\": 0.15, \"languages\": 0.10, "
                        + "\"reputation\": 0.12, \"onTime\": 0.08, \"reason\": \"back to defaults after a test\"}"));
    }

    @Test
    void aSupplierIsRecommendedTheOpenCommissionsThatFitItButNeverItsOwn() throws Exception {
        Trader buyer = member("Buyer", List.of("94.99.90"), "Lombardia", "MI", List.of("it"), List.of("events"));
        Trader amina = caterer("Amina", "MI", List.of("catering", "halal food"));
        String tag = tag();
        String fitting = publish(buyer, cateringBody(tag));
        String own = publish(amina, cateringBody(tag));

        JsonNode recommendations = read(mvc.perform(get("/api/marketplace/recommendations").with(as(amina))).andExpect(status().isOk()));
        List<String> ids = recommendations.findValuesAsString("id");

        assertThat(ids).contains(fitting).doesNotContain(own);
        JsonNode mine = recommendations.get(ids.indexOf(fitting));
        assertThat(mine.at("/criteria/1/score").asDouble()).isEqualTo(1.0);
    }

    @Test
    void operatorsChangeTheWeightsAndMatchingFollows() throws Exception {
        String tag = tag();
        Trader buyer = member("Buyer", List.of("94.99.90"), "Lombardia", "MI", List.of("it"), List.of("events"));
        Trader near = member("Near " + tag, List.of("56.10.11"), "Lombardia", "MI", List.of("it"), List.of("catering"));
        Trader expert = member("Expert " + tag, List.of("56.21.00"), "Sicilia", "PA", List.of("it", "en"),
                List.of("catering", "halal food"));
        String id = publish(buyer, cateringBody(tag));

        mvc.perform(put("/api/marketplace/admin/matching-weights").with(as(buyer)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\": 1, \"capabilities\": 1, \"place\": 1, \"languages\": 1, \"reputation\": 1, \"onTime\": 1, \"reason\": \"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/marketplace/admin/matching-weights").with(operator()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\": -1, \"capabilities\": 0, \"place\": 0, \"languages\": 0, \"reputation\": 0, \"onTime\": 0, \"reason\": \"x\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("category", "weights")));

        mvc.perform(put("/api/marketplace/admin/matching-weights").with(operator()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\": 0, \"capabilities\": 0, \"place\": 1, \"languages\": 0, \"reputation\": 0, \"onTime\": 0, \"reason\": \"locality first\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.updatedBy").value("operator-user"));
        assertThat(rank(buyer, id, near)).isLessThan(rank(buyer, id, expert));

        mvc.perform(put("/api/marketplace/admin/matching-weights").with(operator()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\": 1, \"capabilities\": 1, \"place\": 0, \"languages\": 0, \"reputation\": 0, \"onTime\": 0, \"reason\": \"skills first\"}"))
                .andExpect(status().isOk());
        assertThat(rank(buyer, id, expert)).isLessThan(rank(buyer, id, near));
        mvc.perform(get("/api/marketplace/admin/matching-weights").with(operator()))
                .andExpect(jsonPath("$.weights.place").value(0.0)).andExpect(jsonPath("$.reason").value("skills first"));
    }

    @Test
    void aProfileUpdateChangesWhatMatchingKnows() throws Exception {
        String tag = tag();
        Trader buyer = member("Buyer", List.of("94.99.90"), "Lombardia", "MI", List.of("it"), List.of("events"));
        Trader builder = member("Builder " + tag, List.of("43.21.01"), "Lombardia", "MI", List.of("it"), List.of("electrical wiring"));
        String id = publish(buyer, cateringBody(tag));
        assertThat(read(mvc.perform(get("/api/marketplace/commissions/{id}/matches", id).param("limit", "100").with(as(buyer))))
                .findValuesAsString("memberId")).doesNotContain(builder.memberId());

        membership.profileUpdated(builder.memberId(), MembershipEvents.profile("Builder " + tag, List.of("43.21.01", "56.21.00"),
                "Lombardia", "MI", List.of("it"), List.of("electrical wiring", "catering")));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(read(mvc.perform(get("/api/marketplace/commissions/{id}/matches", id).param("limit", "100").with(as(buyer))))
                        .findValuesAsString("memberId")).contains(builder.memberId()));
    }

    private int rank(Trader buyer, String id, Trader supplier) throws Exception {
        JsonNode matches = read(mvc.perform(get("/api/marketplace/commissions/{id}/matches", id).param("limit", "100").with(as(buyer))));
        for (JsonNode m : matches) {
            if (m.get("memberId").asString().equals(supplier.memberId())) {
                return m.get("rank").asInt();
            }
        }
        throw new AssertionError(supplier.name() + " not matched");
    }
}
