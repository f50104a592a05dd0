package org.isec.notification.domain.webhooks;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignerTest {

    /** The example of the Standard Webhooks specification and its reference libraries. */
    @Test
    void signsTheStandardWebhooksReferenceExample() {
        byte[] key = Base64.getDecoder().decode("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        byte[] body = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);

        String header = Signer.signatureHeader("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, body, List.of(key));

        assertThat(header).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void duringARotationEverySecretSignsSeparatedBySpaces() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        byte[] current = WebhookSecrets.newKey();
        byte[] previous = WebhookSecrets.newKey();

        String both = Signer.signatureHeader("msg_1", 1L, body, List.of(current, previous));

        assertThat(both.split(" ")).containsExactly(
                Signer.signatureHeader("msg_1", 1L, body, List.of(current)),
                Signer.signatureHeader("msg_1", 1L, body, List.of(previous)));
    }

    @Test
    void secretsAreWhsecPrefixedBase64OfThirtyTwoRandomBytes() {
        String secret = WebhookSecrets.format(WebhookSecrets.newKey());

        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring("whsec_".length()))).hasSize(32);
        assertThat(WebhookSecrets.format(WebhookSecrets.newKey())).isNotEqualTo(secret);
    }
}
