package org.isec.systemtest.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isec.systemtest.support.Problems.assertProblemNaming;

import java.util.List;
import java.util.Map;

import org.isec.systemtest.support.Api;
import org.isec.systemtest.support.ApiResponse;
import org.isec.systemtest.support.PartnerReceiver;
import org.isec.systemtest.support.Platform;
import org.isec.systemtest.support.ProofLog;
import org.isec.systemtest.support.SystemTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Issue 7's SSRF guard as production runs it. The test stack lets partners call back to plain-http loopback
 * addresses (the dev flag {@code ISEC_WEBHOOKS_ALLOW_LOOPBACK_HTTP}, so the tests' own receiver can listen on
 * localhost); here notification-service is restarted without it, and every loopback target — by address, by name,
 * IPv6, over https too, the tests' own receiver included — and plain http to a public name are refused naming
 * {@code url}. Then the service is restarted as the test stack runs it.
 */
@SystemTest
@Order(FaultOrder.WEBHOOK_TARGETS_WITHOUT_DEV_FLAG)
class WebhookTargetsWithoutDevFlagTest {

    private static final Map<String, String> PRODUCTION = Map.of("ISEC_WEBHOOKS_ALLOW_LOOPBACK_HTTP", "false");

    private boolean restartedWithoutFlag;

    @Test
    void loopbackAndPlainHttpCallbacksAreRefusedWithoutTheDevFlag() {
        Platform.stop("notification");
        restartedWithoutFlag = true;
        Platform.start("notification", PRODUCTION);

        try (PartnerReceiver receiver = new PartnerReceiver()) {
            List<String> targets = List.of(receiver.url(), "http://127.0.0.1:8085/actuator/health",
                    "http://localhost:8080/api/membership/charter", "https://127.0.0.1/hook", "https://localhost/hook",
                    "http://[::1]/hook", "https://[::ffff:127.0.0.1]/hook", "http://partner.example/hook");
            for (String url : targets) {
                ApiResponse refused = Api.asPartner().post("/api/notifications/webhooks",
                        Map.of("url", url, "eventTypes", List.of("isec.membership.MemberApproved")));
                assertProblemNaming(refused, refused.status() == 400 ? 400 : 422, "url");
            }
            List<String> subscribed = Api.asPartner().get("/api/notifications/webhooks").body().values()
                    .stream().map(item -> item.path("url").asString()).toList();
            assertThat(subscribed).as("subscriptions saved").doesNotContainAnyElementsOf(targets);
            ProofLog.record("security", "Webhook callbacks to loopback (address, name, IPv6, IPv4-mapped, https too) and plain "
                            + "http to a public name, with notification-service restarted without the dev flag",
                    targets.size(), "refused naming url; no subscription", Map.of("accepted", 0));
        }
    }

    @AfterEach
    void restartAsTheTestStackRunsIt() {
        if (restartedWithoutFlag) {
            Platform.stop("notification");
            Platform.start("notification");
        }
    }
}
