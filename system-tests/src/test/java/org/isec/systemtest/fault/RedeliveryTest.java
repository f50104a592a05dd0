package org.isec.systemtest.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.isec.systemtest.support.Api;
import org.isec.systemtest.support.ApiResponse;
import org.isec.systemtest.support.Broker;
import org.isec.systemtest.support.ProofLog;
import org.isec.systemtest.support.ReceivedEvent;
import org.isec.systemtest.support.SystemTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.JsonNode;

/**
 * Every event the run has published so far — the journey's, the sweeps', the faults' — written to Kafka a second
 * time, byte for byte, as a redelivery would bring it. Afterwards nothing anyone can see has changed: no second
 * e-mail, inbox entry or webhook, no member profile or reputation counted twice.
 */
@SystemTest
@Order(FaultOrder.REDELIVERY)
class RedeliveryTest {

    private static final Logger log = LoggerFactory.getLogger(RedeliveryTest.class);
    private static final int COMMISSIONS = 4;

    @Test
    void everyEventDeliveredTwiceHasNoSecondEffect() {
        try (CommissionStream stream = new CommissionStream("Replica Serramenti", "Replica Banqueting")) {
            for (int step = 1; step <= COMMISSIONS; step++) {
                assertThat(stream.publish(stream.buyer.api(), step).status()).isEqualTo(201);
            }
            await("the stream notified").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1))
                    .until(stream::tally, CommissionStream::nothingLost);
            Broker.awaitAllConsumed(Duration.ofMinutes(1));
            Map<String, Object> before = whatAnyoneCanSee(stream);

            List<ReceivedEvent> everything = Broker.readAll(Broker.topics());
            long started = System.nanoTime();
            Broker.republish(everything);
            Broker.awaitAllConsumed(Duration.ofMinutes(3));
            log.info("{} events redelivered and consumed by every service in {} ms", everything.size(),
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            // the e-mail and webhook workers run on their own schedule: give a twin the time to be sent
            await().pollDelay(Duration.ofSeconds(5)).until(() -> true);
            Map<String, Object> after = whatAnyoneCanSee(stream);

            Map<String, String> changes = new java.util.TreeMap<>();
            before.forEach((key, seen) -> {
                if (!seen.equals(after.get(key))) {
                    changes.put(key, seen + "  →  " + after.get(key));
                }
            });
            assertThat(after.keySet()).as("what is there after every event came twice").isEqualTo(before.keySet());
            assertThat(changes).as("what changed after every event came twice").isEmpty();
            long changed = changes.size();
            Map<String, Number> counts = new LinkedHashMap<>();
            counts.put("events redelivered", everything.size());
            counts.put("observations compared", before.size());
            counts.put("duplicate effects", changed);
            ProofLog.record("fault", "Every event of the run delivered a second time (byte-for-byte copy on Kafka)",
                    everything.size(), "no e-mail, inbox entry, webhook, profile or reputation changed", counts);
        }
    }

    /**
     * What a redelivery must not change: e-mail deliveries by status, the stream's channels, and for every member
     * its profile as an operator sees it (which includes training's ethics courses) and its marketplace reputation.
     */
    private static Map<String, Object> whatAnyoneCanSee(CommissionStream stream) {
        Api operator = Api.as("operator");
        Map<String, Object> seen = new TreeMap<>();
        long deliveries = 0;
        for (String status : List.of("PENDING", "SENT", "FAILED", "SKIPPED")) {
            deliveries += get(operator, "/api/notifications/admin/email-deliveries?size=1&status=" + status).path("total").asLong();
        }
        seen.put("e-mail deliveries recorded", deliveries);
        seen.put("stream", stream.tally());
        seen.put("partner deliveries", stream.partner.deliveries(e -> true).size());
        for (int page = 0; ; page++) {
            JsonNode members = get(operator, "/api/membership/members?size=100&page=" + page);
            for (JsonNode member : members.path("items").values()) {
                String id = member.path("memberId").asString();
                seen.put("member " + id, get(operator, "/api/membership/members/" + id).toString());
                String reputation = "/api/marketplace/members/" + id + "/reputation";
                seen.put("reputation " + id, Api.pastRateLimit("GET " + reputation, () -> operator.get(reputation)).text());
            }
            if (members.path("items").size() < 100) {
                break;
            }
        }
        return seen;
    }

    private static JsonNode get(Api caller, String path) {
        ApiResponse answer = Api.pastRateLimit("GET " + path, () -> caller.get(path));
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        return answer.body();
    }
}
