package org.isec.notification.domain.webhooks;

import java.time.Clock;
import java.util.List;

import org.isec.defaults.problem.InvalidInputException;
import org.isec.notification.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The subscription rules as production runs them, with the loopback dev flag off (the shared test context has it on
 * for its local receivers).
 */
class WithoutTheDevFlagTest extends IntegrationTest {

    @Autowired
    SecretBox secrets;

    @Autowired
    WebhookSettings settings;

    @Autowired
    WebhookOutbox outbox;

    @Autowired
    Clock testClock;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://127.0.0.1:8099/hook", "https://127.0.0.1/hook", "http://localhost:8099/hook",
            "https://[::1]/hook", "https://169.254.169.254/latest/meta-data", "https://10.1.2.3/hook",
            "http://93.184.216.34/hook"})
    void loopbackPrivateAndPlainHttpTargetsAreRefused(String url) {
        Webhooks production = new Webhooks(mongo, new CallbackGuard(NameLookup.SYSTEM, false), secrets, settings,
                outbox, testClock);

        assertThatThrownBy(() -> production.subscribe(id(), url, List.of("isec.membership.MemberApproved")))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("url")));
    }
}
