package org.isec.notification.domain.webhooks;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A partner's subscription to some partner-visible event types.
 *
 * @param owner          the partner client's service-account user ({@code sub} of its client-credentials token)
 * @param status         ACTIVE; DISABLED when the endpoint answered 410 Gone; DELETED by the partner
 * @param disabledReason why it is not active
 * @param secrets        the signing secrets, encrypted; the newest first; older ones until they expire (rotation)
 */
@Document(WebhookSubscription.COLLECTION)
record WebhookSubscription(@Id String id, String owner, String url, List<String> eventTypes, Status status,
                           String disabledReason, List<StoredSecret> secrets, Instant createdAt, Instant updatedAt) {

    static final String COLLECTION = "webhook_subscriptions";

    enum Status { ACTIVE, DISABLED, DELETED }

    WebhookSubscription {
        eventTypes = eventTypes == null ? List.of() : List.copyOf(eventTypes);
        secrets = secrets == null ? List.of() : List.copyOf(secrets);
    }

    /** Secrets that still sign: the current one and any in their rotation overlap. */
    List<StoredSecret> activeSecrets(Instant now) {
        return secrets.stream().filter(s -> s.expiresAt() == null || s.expiresAt().isAfter(now)).toList();
    }

    /**
     * @param sealed    encrypted with {@link SecretBox}, bound to the subscription id
     * @param expiresAt null for the current secret; the end of the overlap for one that was rotated out
     */
    record StoredSecret(String sealed, Instant createdAt, Instant expiresAt) {
    }
}
