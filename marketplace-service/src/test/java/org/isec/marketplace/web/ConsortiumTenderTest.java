package org.isec.marketplace.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.isec.contracts.JsonSchemas;
import org.isec.marketplace.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The consortium wins a public contract and assigns its lots to member companies. */
class ConsortiumTenderTest extends IntegrationTest {

    private static final String TWO_LOTS = """
            [{"title": "School canteen", "requiredCapabilities": ["catering"], "budget": {"min": 30000, "max": 50000, "currency": "EUR"}},
             {"title": "Canteen cleaning", "requiredCapabilities": ["office cleaning"], "budget": {"min": 10000, "max": 30000, "currency": "EUR"}}]""";

    private String tenderBody() {
        return tenderBody(TWO_LOTS);
    }

    private String tenderBody(String lots) {
        return """
                {"title": "Canteen and cleaning for the schools of Sesto San Giovanni %s",
                 "description": "Public contract won by the consortium, executed by members in two lots.",
                 "category": "56.29", "requiredCapabilities": [], "region": "Lombardia", "province": "MI",
                 "budget": {"min": 50000, "max": 80000, "currency": "EUR"}, "bidDeadline": "%s", "languages": ["it"],
                 "lots": %s}""".formatted(tag(), inDays(14), lots);
    }

    private String lotBid(Trader bidder, String id, String lotId, String price) throws Exception {
        return read(postJson("/api/marketplace/commissions/{id}/bids", as(bidder),
                "{\"lotId\": \"%s\", \"price\": %s, \"deliveryDays\": 180}".formatted(lotId, price), id)
                .andExpect(status().isCreated())).get("id").asString();
    }

    @Test
    void anOperatorPublishesATenderAndAwardsEachLotToADifferentMember() throws Exception {
        Trader amina = caterer("Amina", "MI", List.of("catering"));
        Trader marco = member("Marco Pulizie", List.of("81.21.00"), "Lombardia", "MI", List.of("it"), List.of("office cleaning"));
        Trader li = caterer("Li", "MB", List.of("catering"));

        JsonNode tender = read(postJson("/api/marketplace/admin/tenders", operator(), tenderBody()).andExpect(status().isCreated()));
        String id = tender.get("id").asString();
        assertThat(tender.get("consortiumTender").asBoolean()).isTrue();
        assertThat(tender.get("buyerMemberId").isNull()).isTrue();
        String canteen = tender.at("/lots/0/id").asString();
        String cleaning = tender.at("/lots/1/id").asString();
        var published = events.await("CommissionPublished", id);
        assertThat(JsonSchemas.validate(published.type(), 1, published.data())).isEmpty();

        postJson("/api/marketplace/commissions/{id}/bids", as(amina), "{\"price\": 40000, \"deliveryDays\": 180}", id)
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("lotId"));
        String aminaCanteen = lotBid(amina, id, canteen, "42000");
        lotBid(li, id, canteen, "39000");
        String marcoCleaning = lotBid(marco, id, cleaning, "18000");

        mvc.perform(post("/api/marketplace/commissions/{id}/close", id).with(operator())).andExpect(status().isOk());
        award(operator(), id, aminaCanteen, "HACCP kitchen two km from the schools").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"));
        award(operator(), id, marcoCleaning, "Only offer, within budget").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AWARDED"))
                .andExpect(jsonPath("$.awards.length()").value(2));

        var awards = events.await("CommissionAwarded", id, 2);
        assertThat(awards).hasSize(2);
        assertThat(awards).extracting(e -> read(e.json()).get("winnerMemberId").asString())
                .containsExactlyInAnyOrder(amina.memberId(), marco.memberId());
        assertThat(awards).allSatisfy(e -> assertThat(JsonSchemas.validate(e.type(), 1, e.data())).isEmpty());
    }

    @Test
    void onlyOperatorsPublishTendersAndActForTheConsortium() throws Exception {
        Trader amina = caterer("Amina", "MI", List.of("catering"));

        postJson("/api/marketplace/admin/tenders", as(amina), tenderBody())
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
        String id = read(postJson("/api/marketplace/admin/tenders", operator(), tenderBody())).get("id").asString();
        postJson("/api/marketplace/commissions/{id}/cancel", as(amina), "{}", id)
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("NOT_THE_BUYER"));
        postJson("/api/marketplace/admin/tenders", operator(), tenderBody("[]"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("lots"));
        postJson("/api/marketplace/admin/tenders", operator(), tenderBody("[{\"title\": \"Canteen\"}]"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("lots[0].budget"));
    }
}
