package org.isec.systemtest.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.isec.systemtest.support.Api;
import org.isec.systemtest.support.ApiResponse;
import org.isec.systemtest.support.Broker;
import org.isec.systemtest.support.Platform;
import org.isec.systemtest.support.ProofLog;
import org.isec.systemtest.support.SystemTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The consumer with the most effects, notification, killed with SIGKILL while a stream of commissions flows
 * through it, then restarted: each commission still gives exactly one inbox entry, one e-mail and one webhook
 * delivery — none lost (the events that came while it was dead included), none doubled.
 */
@SystemTest
@Order(FaultOrder.CONSUMER_CRASH)
class ConsumerCrashTest {

    private static final Logger log = LoggerFactory.getLogger(ConsumerCrashTest.class);
    private static final int COMMISSIONS = 20;
    /** The kill comes while the first commissions' notifications are being written and sent. */
    private static final int KILL_AFTER = 6;

    private boolean notificationDown;

    @Test
    void notificationKilledMidStreamLosesNothingAndRepeatsNothing() {
        try (CommissionStream stream = new CommissionStream("Officine Crash", "Gastronomia Kill")) {
            Api buyer = stream.buyer.api();
            for (int step = 1; step <= COMMISSIONS; step++) {
                ApiResponse published = stream.publish(buyer, step);
                assertThat(published.status()).as("commission %d: %s", step, published).isEqualTo(201);
                if (step == KILL_AFTER) {
                    Platform.kill("notification");
                    notificationDown = true;
                    log.info("notification killed after commission {}; {} more come while it is dead", step,
                            COMMISSIONS - step);
                }
            }
            assertThat(Api.as("operator").get("/api/notifications/inbox").status())
                    .as("the gateway tells a dead notification service at once").isEqualTo(503);

            Platform.start("notification");
            notificationDown = false;
            await("every effect of the stream after the restart").atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofSeconds(1)).until(stream::tally, CommissionStream::nothingLost);
            Broker.awaitAllConsumed(Duration.ofMinutes(1));
            // a late twin would show now, once everything is consumed and every outbox has been run again
            await().pollDelay(Duration.ofSeconds(3)).until(() -> true);
            Map<String, Long> tally = stream.assertExactlyOnce();

            Map<String, Number> counts = new LinkedHashMap<>(tally);
            counts.remove("commissions");
            ProofLog.record("fault", "notification killed (SIGKILL) mid-stream, " + (COMMISSIONS - KILL_AFTER)
                    + " events arrive while it is dead, then restarted", COMMISSIONS,
                    "every commission: one inbox entry, one e-mail, one webhook", counts);
        }
    }

    @AfterEach
    void restartNotificationIfTheTestKilledIt() {
        if (notificationDown) {
            Platform.start("notification");
        }
    }
}
