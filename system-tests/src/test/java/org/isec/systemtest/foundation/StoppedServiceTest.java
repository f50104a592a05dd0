package org.isec.systemtest.foundation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.isec.systemtest.support.Problems.assertProblem;

import java.time.Duration;

import org.isec.systemtest.support.Api;
import org.isec.systemtest.support.ApiResponse;
import org.isec.systemtest.support.Platform;
import org.isec.systemtest.support.SystemTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A service that is down must not take the gateway's callers down with it. */
@SystemTest
class StoppedServiceTest {

    private static final Logger log = LoggerFactory.getLogger(StoppedServiceTest.class);
    private static final String MARKETPLACE_CALL = "/api/marketplace/commissions";
    // Not a speed check: a gateway that waits for a dead service would hang its callers; this bound only
    // tells "answers" from "hangs", far above the about one second the circuit breaker gives.
    private static final Duration DOES_NOT_HANG = Duration.ofSeconds(5);

    private boolean marketplaceStopped;

    @Test
    void stoppedServiceAnswersServiceUnavailableAtOnceAndWorksAgainWhenStarted() {
        Api operator = Api.as("operator");
        assertThat(operator.get(MARKETPLACE_CALL).status()).isEqualTo(200);

        Platform.stop("marketplace");
        marketplaceStopped = true;
        long started = System.nanoTime();
        ApiResponse whileStopped = operator.timeout(DOES_NOT_HANG).get(MARKETPLACE_CALL);
        log.info("marketplace stopped: gateway answered {} in {} ms", whileStopped.status(),
                Duration.ofNanos(System.nanoTime() - started).toMillis());

        assertThat(assertProblem(whileStopped, 503).path("detail").asString("")).containsIgnoringCase("marketplace");
        assertThat(operator.get("/api/membership/charter").status())
                .as("the other services are not affected").isEqualTo(200);

        Platform.start("marketplace");
        marketplaceStopped = false;
        await("marketplace answers through the gateway again").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> operator.get(MARKETPLACE_CALL).status() == 200);
    }

    @AfterEach
    void restartMarketplaceIfTheTestStoppedIt() {
        if (marketplaceStopped) {
            Platform.start("marketplace");
        }
    }
}
