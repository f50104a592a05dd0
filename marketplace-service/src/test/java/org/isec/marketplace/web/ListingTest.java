package org.isec.marketplace.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.hamcrest.Matchers;
import org.isec.marketplace.support.IntegrationTest;
import org.junit.jupiter.api.Test;

class ListingTest extends IntegrationTest {

    @Test
    void filtersByStatusCategoryRegionCapabilityAndTextWithPaging() throws Exception {
        Trader buyer = member("Buyer", List.of("94.99.90"), "Lombardia", "MI", List.of("it"), List.of("events"));
        Trader amina = caterer("Amina", "MI", List.of("catering"));
        String tag = tag();
        String catering = publish(buyer, cateringBody(tag));
        String cleaning = publish(buyer, cateringBody(tag).replace("Catering for", "Cleaning after")
                .replace("\"56.21\"", "\"81.21\"").replace("\"catering\", \"halal food\"", "\"office cleaning\"")
                .replace("\"Lombardia\"", "\"Piemonte\"").replace("\"MI\"", "\"TO\""));
        String closed = publish(buyer, cateringBody(tag));
        bid(amina, closed, "3000");
        close(buyer, closed);

        mvc.perform(get("/api/marketplace/commissions").param("q", tag).with(as(amina)))
                .andExpect(jsonPath("$.totalItems").value(3));
        mvc.perform(get("/api/marketplace/commissions").param("q", tag).param("status", "OPEN").with(as(amina)))
                .andExpect(jsonPath("$.totalItems").value(2));
        mvc.perform(get("/api/marketplace/commissions").param("q", tag).param("category", "56").with(as(amina)))
                .andExpect(jsonPath("$.items[*].id", Matchers.containsInAnyOrder(catering, closed)));
        mvc.perform(get("/api/marketplace/commissions").param("q", tag).param("region", "piemonte").with(as(amina)))
                .andExpect(jsonPath("$.items[*].id", Matchers.contains(cleaning)));
        mvc.perform(get("/api/marketplace/commissions").param("q", tag).param("capability", "Office Cleaning").with(as(amina)))
                .andExpect(jsonPath("$.items[*].id", Matchers.contains(cleaning)));
        mvc.perform(get("/api/marketplace/commissions").param("q", tag.toUpperCase()).param("size", "2").param("page", "1").with(as(amina)))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.totalPages").value(2));
        mvc.perform(get("/api/marketplace/commissions").param("size", "0").with(as(amina)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", Matchers.containsString("size")));
        mvc.perform(get("/api/marketplace/commissions").param("status", "DONE").with(as(amina)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void invitationOnlyCommissionsAreListedOnlyForInvitees() throws Exception {
        Trader buyer = member("Buyer", List.of("94.99.90"), "Lombardia", "MI", List.of("it"), List.of("events"));
        Trader invited = caterer("Invited", "MI", List.of("catering"));
        Trader other = caterer("Other", "MI", List.of("catering"));
        String tag = tag();
        publish(buyer, cateringBody(tag).replace("\"visibility\": \"MEMBERS\"",
                "\"visibility\": \"INVITED\", \"invitedMemberIds\": [\"%s\"]".formatted(invited.memberId())));

        mvc.perform(get("/api/marketplace/commissions").param("q", tag).with(as(invited))).andExpect(jsonPath("$.totalItems").value(1));
        mvc.perform(get("/api/marketplace/commissions").param("q", tag).with(as(other))).andExpect(jsonPath("$.totalItems").value(0));
        mvc.perform(get("/api/marketplace/commissions").param("q", tag).with(operator())).andExpect(jsonPath("$.totalItems").value(1));
    }
}
