package org.isec.notification.domain.webhooks;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One event for one subscription: written before the first attempt (exactly once per event × subscription), with the
 * body fixed at that moment, then attempted by {@link WebhookWorker} until it is delivered or its retries run out.
 *
 * @param id        {@link org.isec.notification.domain.DeliveryKey}; also the {@code webhook-id} header, the same on
 *                  every retry so receivers can drop duplicates
 * @param body      the structured CloudEvent, partner view of the data
 * @param attempts  attempts in the current round (a manual retry starts a new round)
 * @param history   the latest attempts, newest last
 */
@Document(WebhookDelivery.COLLECTION)
record WebhookDelivery(@Id String id, String subscriptionId, String owner, String eventId, String eventType,
                       String body, Status status, int attempts, Instant nextAttemptAt, Instant leaseUntil,
                       Integer lastResponseCode, String lastError, Instant createdAt, Instant deliveredAt,
                       List<Attempt> history) {

    static final String COLLECTION = "webhook_deliveries";
    static final int HISTORY = 20;

    enum Status { PENDING, DELIVERED, FAILED, CANCELLED }

    WebhookDelivery {
        history = history == null ? List.of() : List.copyOf(history);
    }

    /**
     * @param responseCode HTTP status, null when no answer came (refused, timeout, SSRF check failed)
     * @param error        what went wrong, null on success
     */
    record Attempt(Instant at, Integer responseCode, String error, long durationMillis) {
    }
}
