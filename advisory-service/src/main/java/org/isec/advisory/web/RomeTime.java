package org.isec.advisory.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Business times are shown as Milan reads them, with the offset, so clients need no zone rules of their own. */
final class RomeTime {

    static final String ZONE_NAME = "Europe/Rome";
    private static final ZoneId ROME = ZoneId.of(ZONE_NAME);

    private RomeTime() {
    }

    static OffsetDateTime of(Instant instant) {
        return instant == null ? null : instant.atZone(ROME).toOffsetDateTime();
    }
}
