package org.isec.notification.domain.webhooks;

import java.time.Instant;
import java.util.List;

/** What partners see of their subscriptions and deliveries. Secrets appear only when created or rotated. */
public final class WebhookViews {

    private WebhookViews() {
    }

    /**
     * @param previousSecretExpiresAt while a rotated-out secret still signs, when it stops; null otherwise
     */
    public record Subscription(String id, String url, List<String> eventTypes, String status, String disabledReason,
                               Instant createdAt, Instant updatedAt, Instant previousSecretExpiresAt) {

        static Subscription of(WebhookSubscription s, Instant now) {
            Instant overlapEnd = s.activeSecrets(now).stream().map(WebhookSubscription.StoredSecret::expiresAt)
                    .filter(e -> e != null).max(Instant::compareTo).orElse(null);
            return new Subscription(s.id(), s.url(), s.eventTypes(), s.status().name(), s.disabledReason(),
                    s.createdAt(), s.updatedAt(), overlapEnd);
        }
    }

    /** The answer to a new subscription: the only time its secret is shown. */
    public record Created(String id, String url, List<String> eventTypes, String status, Instant createdAt,
                          String secret) {
    }

    /** The answer to a rotation: the new secret, shown once, and until when the old one still signs. */
    public record Rotated(String id, String secret, Instant previousSecretExpiresAt) {
    }

    public record Delivery(String id, String eventId, String eventType, String status, int attempts,
                           Integer lastResponseCode, String lastError, Instant nextAttemptAt, Instant createdAt,
                           Instant deliveredAt, List<WebhookDelivery.Attempt> history) {

        static Delivery of(WebhookDelivery d) {
            return new Delivery(d.id(), d.eventId(), d.eventType(), d.status().name(), d.attempts(),
                    d.lastResponseCode(), d.lastError(),
                    d.status() == WebhookDelivery.Status.PENDING ? d.nextAttemptAt() : null, d.createdAt(),
                    d.deliveredAt(), d.history());
        }
    }

    public record DeliveryPage(List<Delivery> items, int page, int size, long total) {
    }
}
