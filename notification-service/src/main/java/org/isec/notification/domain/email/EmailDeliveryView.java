package org.isec.notification.domain.email;

import java.time.Instant;

/** An e-mail delivery as operators see it. */
public record EmailDeliveryView(String id, String eventId, String eventType, String kind, String category,
                                EmailStatus status, int attempts, Instant nextAttemptAt, String lastError,
                                String recipient, String language, Instant createdAt, Instant sentAt, String note) {

    static EmailDeliveryView of(EmailDelivery d) {
        return new EmailDeliveryView(d.id(), d.eventId(), d.eventType(), d.kind().templateKey(), d.category().name(),
                d.status(), d.attempts(), d.status() == EmailStatus.PENDING ? d.nextAttemptAt() : null, d.lastError(),
                d.recipient(), d.language(), d.createdAt(), d.sentAt(), d.note());
    }
}
