package org.isec.notification.domain.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts webhook signing secrets at rest with AES-256-GCM. The secrets cannot simply be hashed like passwords: the
 * platform must read them back to sign. The subscription id is authenticated with each secret, so a ciphertext
 * copied onto another subscription does not decrypt. The key comes from {@code ISEC_WEBHOOK_KEY} (base64 of 32
 * bytes); values are stored as {@code v1:<base64(iv ‖ ciphertext ‖ tag)>} so the key can be rotated later.
 */
final class SecretBox {

    private static final String VERSION = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    SecretBox(String base64Key) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Key == null ? "" : base64Key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("isec.webhooks.encryption-key (ISEC_WEBHOOK_KEY) is not base64", e);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("isec.webhooks.encryption-key (ISEC_WEBHOOK_KEY) must be 32 bytes in "
                    + "base64, e.g. from `openssl rand -base64 32`; it has " + bytes.length);
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    String seal(byte[] plaintext, String boundTo) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext);
            byte[] out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return VERSION + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a webhook secret", e);
        }
    }

    byte[] open(String stored, String boundTo) {
        if (stored == null || !stored.startsWith(VERSION)) {
            throw new IllegalStateException("unknown webhook secret format");
        }
        byte[] in = Base64.getDecoder().decode(stored.substring(VERSION.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, Arrays.copyOfRange(in, 0, IV_BYTES)));
            cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt a webhook secret (wrong ISEC_WEBHOOK_KEY?)", e);
        }
    }
}
