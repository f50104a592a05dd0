package org.isec.marketplace.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.isec.marketplace.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Two buyers' clicks racing to award one commission to two different bids, on the real wire server: the
 * versioned single-document save lets exactly one win; the other gets 409, whichever check stops it.
 */
class ConcurrentAwardTest extends IntegrationTest {

    private static final int ROUNDS = 8;

    @Test
    void ofTwoConcurrentAwardsOfOneLotExactlyOneSucceeds() throws Exception {
        Trader buyer = member("Buyer", List.of("94.99.90"), "Lombardia", "MI", List.of("it"), List.of("events"));
        Trader amina = caterer("Amina", "MI", List.of("catering"));
        Trader marco = caterer("Marco", "MI", List.of("catering"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String id = publish(buyer, cateringBody(tag()));
                String aminaBid = bid(amina, id, "3000");
                String marcoBid = bid(marco, id, "3100");
                close(buyer, id);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> results = new ArrayList<>();
                for (String bid : List.of(aminaBid, marcoBid)) {
                    Callable<Integer> award = () -> {
                        start.await();
                        return award(as(buyer), id, bid, "race").andReturn().getResponse().getStatus();
                    };
                    results.add(pool.submit(award));
                }
                start.countDown();
                List<Integer> statuses = List.of(results.get(0).get(), results.get(1).get());

                assertThat(statuses).containsExactlyInAnyOrder(200, 409);
                JsonNode c = read(mvc.perform(get("/api/marketplace/commissions/{id}", id).with(as(buyer))));
                assertThat(c.get("awards").size()).isEqualTo(1);
                String winner = c.at("/awards/0/bidId").asString();
                assertThat(winner).isEqualTo(statuses.get(0) == 200 ? aminaBid : marcoBid);
                JsonNode bids = read(mvc.perform(get("/api/marketplace/commissions/{id}/bids", id).with(as(buyer))));
                assertThat(bids.findValuesAsString("status")).containsExactlyInAnyOrder("AWARDED", "NOT_AWARDED");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
