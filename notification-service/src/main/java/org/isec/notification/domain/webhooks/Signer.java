package org.isec.notification.domain.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signatures: {@code v1,<base64 HMAC-SHA256 of "id.timestamp.body">} per active secret, separated
 * by spaces, so during a secret rotation a receiver that knows either secret can verify.
 */
final class Signer {

    private Signer() {
    }

    static String signatureHeader(String messageId, long timestampSeconds, byte[] body, List<byte[]> keys) {
        if (keys.isEmpty()) {
            throw new IllegalStateException("a webhook subscription without an active secret cannot be signed");
        }
        byte[] prefix = (messageId + "." + timestampSeconds + ".").getBytes(StandardCharsets.UTF_8);
        return keys.stream().map(key -> "v1," + hmac(key, prefix, body)).collect(Collectors.joining(" "));
    }

    private static String hmac(byte[] key, byte[] prefix, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(prefix);
            mac.update(body);
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
