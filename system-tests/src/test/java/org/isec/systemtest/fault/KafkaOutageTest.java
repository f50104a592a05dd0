package org.isec.systemtest.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.isec.systemtest.support.ApiResponse;
import org.isec.systemtest.support.Broker;
import org.isec.systemtest.support.EventTap;
import org.isec.systemtest.support.Members;
import org.isec.systemtest.support.Platform;
import org.isec.systemtest.support.ProofLog;
import org.isec.systemtest.support.ReceivedEvent;
import org.isec.systemtest.support.SystemTest;
import org.isec.systemtest.support.Users;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka stopped while members keep working: the API keeps answering from MongoDB (the event waits in the
 * aggregate's outbox), and when Kafka is back every event is published and every notification sent — none lost.
 */
@SystemTest
@Order(FaultOrder.KAFKA_OUTAGE)
class KafkaOutageTest {

    private static final Logger log = LoggerFactory.getLogger(KafkaOutageTest.class);
    private static final int COMMISSIONS = 12;

    private boolean kafkaStopped;

    @Test
    void everyCommandAcceptedWhileKafkaIsDownIsPublishedAndNotifiedWhenItReturns() {
        try (CommissionStream stream = new CommissionStream("Carpenteria Lodigiana", "Cucina di Samir");
             EventTap events = EventTap.open()) {
            Users.User applicant = Users.create("outage");

            Platform.stop("kafka");
            kafkaStopped = true;
            long slowest = 0;
            int fiveHundreds = 0;
            for (int step = 1; step <= COMMISSIONS; step++) {
                long started = System.nanoTime();
                ApiResponse published = stream.publish(stream.buyer.api(), step);
                slowest = Math.max(slowest, Duration.ofNanos(System.nanoTime() - started).toMillis());
                fiveHundreds += published.status() >= 500 ? 1 : 0;
                assertThat(published.status()).as("commission %d while Kafka is down: %s", step, published).isEqualTo(201);
            }
            // a second service's outbox too: membership
            String application = Members.apply(applicant, Members.profile().legalName("Sartoria Outage " + stream.tag),
                    Members.randomVat());
            log.info("Kafka down: {} commissions and an application accepted, slowest answer {} ms", COMMISSIONS, slowest);

            Platform.start("kafka");
            kafkaStopped = false;

            List<String> titles = stream.titles();
            await("every event of the outage on Kafka").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> publishedTitles(events, titles).size() == COMMISSIONS
                            && !events.events(e -> "isec.membership.MembershipApplied".equals(e.type())
                            && application.equals(e.subject())).isEmpty());
            await("every notification of the outage").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                    .until(stream::tally, CommissionStream::nothingLost);
            Broker.awaitAllConsumed(Duration.ofMinutes(1));
            Map<String, Long> tally = stream.assertExactlyOnce();

            Map<String, Number> counts = new LinkedHashMap<>();
            counts.put("commands", COMMISSIONS + 1);
            counts.put("5xx", fiveHundreds);
            counts.put("events lost", COMMISSIONS - publishedTitles(events, titles).size());
            counts.put("slowest answer ms", slowest);
            tally.forEach((name, value) -> {
                if (!name.equals("commissions")) {
                    counts.put(name, value);
                }
            });
            ProofLog.record("fault", "Kafka stopped while commands keep coming (commissions, an application)",
                    COMMISSIONS + 1, "API answered 201 throughout; every event published and notified after Kafka returned",
                    counts);
        }
    }

    private static List<String> publishedTitles(EventTap events, List<String> titles) {
        return events.events(e -> CommissionStream.PUBLISHED.equals(e.type())).stream()
                .map(ReceivedEvent::data).map(data -> data.path("title").asString())
                .filter(titles::contains).distinct().toList();
    }

    @AfterEach
    void restartKafkaIfTheTestStoppedIt() {
        if (kafkaStopped) {
            Platform.start("kafka");
        }
    }
}
