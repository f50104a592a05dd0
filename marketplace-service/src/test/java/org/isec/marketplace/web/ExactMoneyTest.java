package org.isec.marketplace.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.math.BigDecimal;
import java.util.List;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.isec.marketplace.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

class ExactMoneyTest extends IntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Test
    void amountsAreStoredAsDecimalsAndComeBackToTheCent() throws Exception {
        Trader buyer = member("Buyer", List.of("94.99.90"), "Lombardia", "MI", List.of("it"), List.of("events"));
        Trader amina = caterer("Amina", "MI", List.of("catering"));
        String id = publish(buyer, cateringBody(tag()).replace("2500.00", "2500.10"));
        bid(amina, id, "3199.99");

        Document stored = mongo.getCollection("commissions").find(new Document("_id", id)).first();
        assertThat(stored.get("budget", Document.class).get("min")).isEqualTo(new Decimal128(new BigDecimal("2500.10")));
        assertThat(stored.getList("bids", Document.class).getFirst().get("price", Document.class).get("amount"))
                .isEqualTo(new Decimal128(new BigDecimal("3199.99")));
        mvc.perform(get("/api/marketplace/commissions/{id}/bids", id).with(as(buyer)))
                .andExpect(jsonPath("$[0].price.amount").value(3199.99))
                .andExpect(jsonPath("$[0].price.currency").value("EUR"));
    }
}
