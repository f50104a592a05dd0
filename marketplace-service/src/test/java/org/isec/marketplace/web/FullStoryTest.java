package org.isec.marketplace.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.isec.contracts.JsonSchemas;
import org.isec.marketplace.support.IntegrationTest;
import org.isec.marketplace.support.PublishedEvents;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The story end to end: publish → explainable matches → two bids and a joint bid → sealed bids → award
 * with a reason every bidder reads → completion → both reviews → reputation moves.
 */
class FullStoryTest extends IntegrationTest {

    @Test
    void publishMatchBidAwardCompleteReviewAndReputation() throws Exception {
        Trader buyer = member("Fondazione Ponti", List.of("94.99.90"), "Lombardia", "MI", List.of("it"), List.of("events"));
        // A capability only this story's suppliers offer, so members of other tests cannot outrank them.
        String speciality = "eritrean cuisine " + tag();
        Trader amina = caterer("Sapori del Nilo", "MI", List.of("catering", "halal food", "event services", speciality));
        Trader marco = caterer("Trattoria Marco", "BG", List.of("catering", speciality));
        Trader li = member("Li Logistica", List.of("49.41.00"), "Lombardia", "MI", List.of("it", "zh"), List.of("service staff", "catering"));
        Trader sara = member("Sara Servizi", List.of("81.21.00"), "Piemonte", "TO", List.of("it"), List.of("cleaning"));

        String id = publish(buyer, cateringBody(tag()).replace("\"halal food\"]", "\"halal food\", \"" + speciality + "\"]"));

        PublishedEvents.Event published = events.await("CommissionPublished", id);
        assertThat(JsonSchemas.validate(published.type(), 1, published.data())).isEmpty();
        PublishedEvents.Event matched = events.await("SuppliersMatched", id);
        assertThat(JsonSchemas.validate(matched.type(), 1, matched.data())).isEmpty();
        assertThat(read(matched.json()).at("/matches/0/memberId").asString()).isEqualTo(amina.memberId());
        assertThat(read(matched.json()).get("matches").findValuesAsString("memberId")).doesNotContain(buyer.memberId());

        JsonNode matches = read(mvc.perform(get("/api/marketplace/commissions/{id}/matches", id).param("limit", "100").with(as(buyer)))
                .andExpect(status().isOk()));
        List<String> ranked = new ArrayList<>();
        matches.forEach(m -> ranked.add(m.get("memberId").asString()));
        assertThat(ranked).doesNotContain(buyer.memberId());
        assertThat(ranked.indexOf(amina.memberId())).isLessThan(ranked.indexOf(marco.memberId()));
        JsonNode best = matches.get(ranked.indexOf(amina.memberId()));
        assertThat(best.get("criteria").findValuesAsString("criterion"))
                .containsExactly("CATEGORY", "CAPABILITIES", "PLACE", "LANGUAGES", "REPUTATION", "ON_TIME");
        assertThat(best.at("/criteria/1/detail").asString()).isEqualTo("3 of 3 required capabilities; covers catering, halal food, " + speciality);
        assertThat(best.at("/criteria/2/detail").asString()).isEqualTo("same province");
        mvc.perform(get("/api/marketplace/commissions/{id}/matches", id).with(as(amina))).andExpect(status().isForbidden());

        String aminaBid = bid(amina, id, "3200.00");
        String marcoBid = bid(marco, id, "2900.00");
        String jointBody = """
                {"price": 3500.00, "currency": "EUR", "deliveryDays": 15, "message": "Kitchen by Li, staff by Sara.",
                 "leadShare": 70, "partners": [{"memberId": "%s", "share": 30}]}""".formatted(sara.memberId());
        JsonNode joint = read(postJson("/api/marketplace/commissions/{id}/bids", as(li), jointBody, id).andExpect(status().isCreated()));
        assertThat(joint.get("status").asString()).isEqualTo("AWAITING_PARTNERS");
        String jointBid = joint.get("id").asString();
        mvc.perform(post("/api/marketplace/commissions/{id}/bids/{bid}/confirm", id, jointBid).with(as(sara)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("LIVE"));

        mvc.perform(get("/api/marketplace/commissions/{id}/bids", id).with(as(buyer)))
                .andExpect(jsonPath("$.length()").value(3));
        mvc.perform(get("/api/marketplace/commissions/{id}/bids", id).with(as(amina)))
                .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].id").value(aminaBid));
        mvc.perform(get("/api/marketplace/commissions/{id}/bids", id).with(as(sara)))
                .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].id").value(jointBid));

        close(buyer, id);
        award(as(buyer), id, aminaBid, "Halal certified kitchen in Milan; best value for the menu asked")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("AWARDED"));
        for (Trader bidder : List.of(marco, li, sara)) {
            mvc.perform(get("/api/marketplace/commissions/{id}", id).with(as(bidder)))
                    .andExpect(jsonPath("$.awards[0].winnerMemberId").value(amina.memberId()))
                    .andExpect(jsonPath("$.awards[0].reason").value("Halal certified kitchen in Milan; best value for the menu asked"));
        }
        PublishedEvents.Event awarded = events.await("CommissionAwarded", id);
        assertThat(JsonSchemas.validate(awarded.type(), 1, awarded.data())).isEmpty();
        assertThat(read(awarded.json()).get("losingBidderMemberIds").toString()).contains(marco.memberId(), li.memberId());

        postJson("/api/marketplace/commissions/{id}/complete", as(buyer), "{\"onTime\": true}", id)
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("COMPLETED"));
        postJson("/api/marketplace/commissions/{id}/reviews", as(buyer), "{\"rating\": 5, \"comment\": \"Delicious\"}", id)
                .andExpect(status().isCreated()).andExpect(jsonPath("$.revieweeMemberId").value(amina.memberId()));
        postJson("/api/marketplace/commissions/{id}/reviews", as(amina), "{\"rating\": 4, \"comment\": \"Clear brief\"}", id)
                .andExpect(status().isCreated()).andExpect(jsonPath("$.revieweeMemberId").value(buyer.memberId()));
        events.await("ReviewSubmitted", id);

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/api/marketplace/members/{m}/reputation", amina.memberId()).with(as(marco)))
                        .andExpect(jsonPath("$.reviewCount").value(1))
                        .andExpect(jsonPath("$.averageRating").value(5.0))
                        .andExpect(jsonPath("$.score").value(3.75))
                        .andExpect(jsonPath("$.deliveries").value(1))
                        .andExpect(jsonPath("$.onTimeRate").value(1.0)));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/api/marketplace/members/{m}/reputation", buyer.memberId()).with(as(marco)))
                        .andExpect(jsonPath("$.reviewCount").value(1))
                        .andExpect(jsonPath("$.score").value(3.583)));
    }
}
