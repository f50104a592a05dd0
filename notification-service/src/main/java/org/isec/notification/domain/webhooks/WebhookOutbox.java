package org.isec.notification.domain.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import org.isec.contracts.EventCodec;
import org.isec.contracts.EventTypes;
import org.isec.contracts.IsecCloudEvents;
import org.isec.contracts.marketplace.CommissionPublished;
import org.isec.notification.domain.DeliveryKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The webhook deliveries of consumed events: written once per event × subscription, worked off by {@link WebhookWorker}. */
public class WebhookOutbox {

    private static final Logger log = LoggerFactory.getLogger(WebhookOutbox.class);
    static final String CHANNEL = "WEBHOOK";

    private final MongoTemplate mongo;
    private final Clock clock;

    WebhookOutbox(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * Writes a delivery for every active subscription to this event's type, exactly once per event × subscription.
     * A subscription gets what happens from its creation on: an event whose {@code time} is earlier — Kafka
     * redelivering old records, a consumer group replaying its topic — is not sent to a partner who subscribed
     * after it. The body is the structured CloudEvent with the partner view of the data: personal data never leaves.
     *
     * @return deliveries written now
     */
    public int enqueue(CloudEvent event) {
        String type = event.getType();
        if (!EventTypes.partnerVisibleTypes().contains(type) || !publicEnough(event)) {
            return 0;
        }
        Criteria subscribed = where("status").is(WebhookSubscription.Status.ACTIVE).and("eventTypes").is(type);
        if (event.getTime() != null) {
            subscribed = subscribed.and("createdAt").lte(event.getTime().toInstant());
        }
        List<WebhookSubscription> subscriptions = mongo.find(Query.query(subscribed), WebhookSubscription.class);
        if (subscriptions.isEmpty()) {
            return 0;
        }
        String body = new String(partnerBody(event), StandardCharsets.UTF_8);
        int written = 0;
        Instant now = clock.instant();
        for (WebhookSubscription subscription : subscriptions) {
            WebhookDelivery delivery = new WebhookDelivery(
                    DeliveryKey.of(event.getId(), "webhook:" + subscription.id(), CHANNEL), subscription.id(),
                    subscription.owner(), event.getId(), type, body, WebhookDelivery.Status.PENDING, 0, now, null,
                    null, null, now, null, List.of());
            try {
                mongo.insert(delivery);
                written++;
            } catch (DuplicateKeyException alreadyRecorded) {
                log.debug("webhook delivery {} already recorded", delivery.id());
            }
        }
        return written;
    }

    void cancelPending(String subscriptionId, String reason) {
        mongo.updateMulti(Query.query(where("subscriptionId").is(subscriptionId)
                        .and("status").is(WebhookDelivery.Status.PENDING)),
                new Update().set("status", WebhookDelivery.Status.CANCELLED).set("lastError", reason),
                WebhookDelivery.class);
    }

    /** Commissions open to every member are the shop window; invitation-only ones stay inside. */
    private static boolean publicEnough(CloudEvent event) {
        if (!EventTypes.of(CommissionPublished.class).type().equals(event.getType())) {
            return true;
        }
        CommissionPublished published = EventCodec.fromJson(IsecCloudEvents.dataBytes(event), CommissionPublished.class);
        return CommissionPublished.MEMBERS.equals(published.visibility());
    }

    private static byte[] partnerBody(CloudEvent event) {
        byte[] data = EventCodec.partnerView(event.getType(), IsecCloudEvents.dataBytes(event));
        // The correlation id is an internal tracing detail.
        CloudEvent outbound = CloudEventBuilder.v1(event).withoutExtension(IsecCloudEvents.CORRELATION_ID).build();
        return IsecCloudEvents.toStructuredJson(IsecCloudEvents.withData(outbound, data));
    }

}
