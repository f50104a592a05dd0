package org.isec.marketplace.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.isec.marketplace.domain.DeadlineCloser;
import org.isec.marketplace.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DeadlineTest extends IntegrationTest {

    @Autowired
    DeadlineCloser closer;

    private String status(Trader viewer, String id) throws Exception {
        return read(mvc.perform(get("/api/marketplace/commissions/{id}", id).with(as(viewer)))).get("status").asString();
    }

    @Test
    void atTheDeadlineCommissionsWithBidsCloseAndThoseWithoutExpire() throws Exception {
        Trader buyer = member("Buyer", List.of("94.99.90"), "Lombardia", "MI", List.of("it"), List.of("events"));
        Trader amina = caterer("Amina", "MI", List.of("catering"));
        String withBids = publish(buyer, cateringBody(tag()));
        String withoutBids = publish(buyer, cateringBody(tag()));
        bid(amina, withBids, "3000");

        closer.closeDue();
        assertThat(status(buyer, withBids)).isEqualTo("OPEN");

        clock.advance(Duration.ofDays(10).plusSeconds(1));
        closer.closeDue();

        assertThat(status(buyer, withBids)).isEqualTo("CLOSED");
        assertThat(status(buyer, withoutBids)).isEqualTo("EXPIRED");
    }

    @Test
    void twoInstancesClosingAtOnceLeaveEachCommissionClosedOnce() throws Exception {
        Trader buyer = member("Buyer", List.of("94.99.90"), "Lombardia", "MI", List.of("it"), List.of("events"));
        Trader amina = caterer("Amina", "MI", List.of("catering"));
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String id = publish(buyer, cateringBody(tag()));
            if (i % 2 == 0) {
                bid(amina, id, "3000");
            }
            ids.add(id);
        }
        clock.advance(Duration.ofDays(10).plusSeconds(1));

        CompletableFuture.allOf(CompletableFuture.runAsync(closer::closeDue), CompletableFuture.runAsync(closer::closeDue)).join();

        for (int i = 0; i < ids.size(); i++) {
            assertThat(status(buyer, ids.get(i))).isEqualTo(i % 2 == 0 ? "CLOSED" : "EXPIRED");
        }
    }
}
