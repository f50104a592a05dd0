package org.isec.systemtest.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.isec.systemtest.support.ApiResponse;
import org.isec.systemtest.support.Broker;
import org.isec.systemtest.support.ProofLog;
import org.isec.systemtest.support.ReceivedEvent;
import org.isec.systemtest.support.SystemTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A poison message on each of the platform's topics, of two kinds: bytes that are no CloudEvent at all, and a
 * CloudEvent of a known type whose data is not JSON. Every consumer group puts what it cannot handle in
 * {@code <topic>.dlt} with the reason, and goes on with the next event: a commission published after the
 * poison is still notified.
 */
@SystemTest
@Order(FaultOrder.POISON)
class PoisonMessageTest {

    private static final Logger log = LoggerFactory.getLogger(PoisonMessageTest.class);
    /** A type every consumer of the topic handles, so that each of them has to read the data. */
    private static final Map<String, String> KNOWN_TYPE = Map.of(
            "isec.membership", "isec.membership.MemberApproved",
            "isec.marketplace", "isec.marketplace.ReviewSubmitted",
            "isec.advisory", "isec.advisory.AdvisoryRequested",
            "isec.training", "isec.training.CertificateIssued");
    private static final String REASON = "kafka_dlt-exception-message";
    private static final String GROUP = "kafka_dlt-original-consumer-group";

    @Test
    void poisonOnEveryTopicGoesToItsDeadLetterTopicWithTheReasonAndConsumersGoOn() {
        try (CommissionStream stream = new CommissionStream("Poison Metalli", "Poison Catering")) {
            assertThat(stream.publish(stream.buyer.api(), 1).status()).isEqualTo(201);

            String tag = UUID.randomUUID().toString().substring(0, 8);
            Map<String, Set<String>> consumers = new LinkedHashMap<>();
            for (String topic : KNOWN_TYPE.keySet().stream().sorted().toList()) {
                Set<String> groups = Broker.groupsConsuming(topic);
                assertThat(groups).as("consumer groups of %s", topic).isNotEmpty();
                consumers.put(topic, groups);
                Broker.produce(topic, unreadableKey(tag, topic), Map.of(), "\u0000not a CloudEvent {".getBytes(StandardCharsets.UTF_8));
                Broker.produce(topic, badDataKey(tag, topic), Map.of(
                        "ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(),
                        "ce_source", "/isec/system-tests", "ce_type", KNOWN_TYPE.get(topic),
                        "ce_subject", "poison-" + tag, "ce_time", Instant.now().toString(),
                        "content-type", "application/json"), "{\"memberId\": ".getBytes(StandardCharsets.UTF_8));
            }
            log.info("poison written; consumers: {}", consumers);

            // The consumers go on: a commission published after the poison reaches every channel.
            ApiResponse after = stream.publish(stream.buyer.api(), 2);
            assertThat(after.status()).as("%s", after).isEqualTo(201);
            await("the commissions before and after the poison notified").atMost(Duration.ofMinutes(1))
                    .pollInterval(Duration.ofSeconds(1)).until(stream::tally, CommissionStream::nothingLost);
            Broker.awaitAllConsumed(Duration.ofMinutes(1));

            int deadLetters = 0;
            int poisons = 0;
            Map<String, Number> counts = new LinkedHashMap<>();
            for (var entry : consumers.entrySet()) {
                String topic = entry.getKey();
                List<ReceivedEvent> dlt = Broker.readAll(List.of(topic + ".dlt"));
                Set<String> unreadableBy = groupsThatDeadLettered(dlt, unreadableKey(tag, topic));
                Set<String> badDataBy = groupsThatDeadLettered(dlt, badDataKey(tag, topic));
                assertThat(unreadableBy).as("groups that dead-lettered the non-CloudEvent on %s", topic)
                        .containsExactlyInAnyOrderElementsOf(entry.getValue());
                assertThat(badDataBy).as("groups that dead-lettered the unreadable %s", KNOWN_TYPE.get(topic))
                        .contains("notification-service");
                dlt.stream().filter(r -> r.key() != null && r.key().contains(tag)).forEach(record ->
                        assertThat(record.headers().get(REASON)).as("the reason on %s", record).isNotBlank());
                deadLetters += unreadableBy.size() + badDataBy.size();
                poisons += 2;
                counts.put(topic + " groups", entry.getValue().size());
            }
            stream.assertExactlyOnce();
            counts.put("dead letters with reason", deadLetters);
            counts.put("consumers stuck", 0);
            ProofLog.record("fault", "Poison message on each topic (not a CloudEvent; known type with unreadable data)",
                    poisons, "in <topic>.dlt with the reason, per consumer group; the next event handled", counts);
        }
    }

    private static Set<String> groupsThatDeadLettered(List<ReceivedEvent> dlt, String key) {
        Set<String> groups = new TreeSet<>();
        dlt.stream().filter(record -> key.equals(record.key())).forEach(record -> groups.add(record.headers().get(GROUP)));
        return groups;
    }

    private static String unreadableKey(String tag, String topic) {
        return "poison-unreadable-" + tag + "-" + topic;
    }

    private static String badDataKey(String tag, String topic) {
        return "poison-data-" + tag + "-" + topic;
    }
}
