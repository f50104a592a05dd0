package org.isec.notification.domain.webhooks;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretBoxTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    void aSealedSecretOpensOnlyForItsOwnSubscription() {
        SecretBox box = new SecretBox(KEY);
        byte[] secret = WebhookSecrets.newKey();

        String sealed = box.seal(secret, "subscription-1");

        assertThat(sealed).startsWith("v1:").doesNotContain(Base64.getEncoder().encodeToString(secret));
        assertThat(box.open(sealed, "subscription-1")).isEqualTo(secret);
        assertThatThrownBy(() -> box.open(sealed, "subscription-2")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anotherKeyCannotOpenIt() {
        String sealed = new SecretBox(KEY).seal(WebhookSecrets.newKey(), "s");
        byte[] other = new byte[32];
        other[0] = 1;

        assertThatThrownBy(() -> new SecretBox(Base64.getEncoder().encodeToString(other)).open(sealed, "s"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ISEC_WEBHOOK_KEY");
    }

    @Test
    void aKeyOfTheWrongSizeStopsTheServiceAtStartUp() {
        assertThatThrownBy(() -> new SecretBox(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new SecretBox("not base64!")).isInstanceOf(IllegalStateException.class);
    }
}
