package org.isec.notification.domain;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The exactly-once key: one delivery per event × recipient × channel. Used as the document {@code _id} of the
 * delivery record, which is written before anything is sent, so a redelivered event finds it and does nothing.
 */
public final class DeliveryKey {

    private DeliveryKey() {
    }

    /** A name-based UUID of the three parts; the same parts always give the same id. */
    public static String of(String eventId, String recipient, String channel) {
        String key = eventId + "|" + recipient + "|" + channel;
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
