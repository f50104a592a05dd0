package org.isec.notification.domain.webhooks;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.isec.contracts.EventTypes;
import org.isec.defaults.problem.ConflictException;
import org.isec.defaults.problem.InvalidInputException;
import org.isec.defaults.problem.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Partner webhook subscriptions: each partner sees and changes only its own (anyone else's is a 404); secrets and
 * their rotation; the delivery log and manual retries. Deliveries are written by {@link WebhookOutbox}.
 */
public class Webhooks {

    private static final Logger log = LoggerFactory.getLogger(Webhooks.class);

    private final MongoTemplate mongo;
    private final CallbackGuard guard;
    private final SecretBox secrets;
    private final WebhookSettings settings;
    private final WebhookOutbox outbox;
    private final Clock clock;

    Webhooks(MongoTemplate mongo, CallbackGuard guard, SecretBox secrets, WebhookSettings settings,
             WebhookOutbox outbox, Clock clock) {
        this.mongo = mongo;
        this.guard = guard;
        this.secrets = secrets;
        this.settings = settings;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Event types a partner may subscribe to. */
    public static List<String> subscribableTypes() {
        return EventTypes.partnerVisibleTypes().stream().sorted().toList();
    }

    public WebhookViews.Created subscribe(String owner, String url, List<String> eventTypes) {
        URI uri = checkedUrl(url);
        List<String> types = checkedTypes(eventTypes);
        long existing = mongo.count(Query.query(where("owner").is(owner).and("status").ne(
                WebhookSubscription.Status.DELETED)), WebhookSubscription.class);
        if (existing >= settings.maxSubscriptionsPerPartner()) {
            throw new ConflictException("TOO_MANY_SUBSCRIPTIONS", "A partner may hold at most "
                    + settings.maxSubscriptionsPerPartner() + " subscriptions; delete one first.");
        }
        String id = UUID.randomUUID().toString();
        byte[] key = WebhookSecrets.newKey();
        Instant now = clock.instant();
        WebhookSubscription subscription = new WebhookSubscription(id, owner, uri.toString(), types,
                WebhookSubscription.Status.ACTIVE, null,
                List.of(new WebhookSubscription.StoredSecret(secrets.seal(key, id), now, null)), now, now);
        mongo.insert(subscription);
        log.info("partner {} subscribed {} to {}", owner, id, types);
        return new WebhookViews.Created(id, subscription.url(), types, subscription.status().name(), now,
                WebhookSecrets.format(key));
    }

    public List<WebhookViews.Subscription> list(String owner) {
        Instant now = clock.instant();
        return mongo.find(Query.query(where("owner").is(owner).and("status").ne(WebhookSubscription.Status.DELETED))
                        .with(Sort.by("createdAt")), WebhookSubscription.class)
                .stream().map(s -> WebhookViews.Subscription.of(s, now)).toList();
    }

    public WebhookViews.Subscription get(String owner, String id) {
        return WebhookViews.Subscription.of(own(owner, id), clock.instant());
    }

    /** Ends the subscription; deliveries still waiting are cancelled. */
    public void delete(String owner, String id) {
        own(owner, id);
        mongo.updateFirst(Query.query(where("_id").is(id)), new Update()
                .set("status", WebhookSubscription.Status.DELETED).set("secrets", List.of())
                .set("updatedAt", clock.instant()), WebhookSubscription.class);
        outbox.cancelPending(id, "subscription deleted");
        log.info("partner {} deleted webhook subscription {}", owner, id);
    }

    /**
     * Issues a new secret. The previous one keeps signing for {@code isec.webhooks.secret-overlap}, so the partner can
     * switch its receiver without missing a delivery: during the overlap every delivery carries both signatures.
     */
    public WebhookViews.Rotated rotateSecret(String owner, String id) {
        WebhookSubscription subscription = own(owner, id);
        if (subscription.status() != WebhookSubscription.Status.ACTIVE) {
            throw new ConflictException("SUBSCRIPTION_NOT_ACTIVE", "Only an active subscription's secret can be rotated.");
        }
        Instant now = clock.instant();
        Instant overlapEnd = now.plus(settings.secretOverlap());
        byte[] key = WebhookSecrets.newKey();
        List<WebhookSubscription.StoredSecret> kept = new ArrayList<>();
        kept.add(new WebhookSubscription.StoredSecret(secrets.seal(key, id), now, null));
        for (WebhookSubscription.StoredSecret old : subscription.activeSecrets(now)) {
            Instant expires = old.expiresAt() == null || old.expiresAt().isAfter(overlapEnd) ? overlapEnd : old.expiresAt();
            kept.add(new WebhookSubscription.StoredSecret(old.sealed(), old.createdAt(), expires));
        }
        mongo.updateFirst(Query.query(where("_id").is(id)),
                new Update().set("secrets", kept).set("updatedAt", now), WebhookSubscription.class);
        log.info("partner {} rotated the secret of webhook subscription {}", owner, id);
        return new WebhookViews.Rotated(id, WebhookSecrets.format(key), overlapEnd);
    }

    public WebhookViews.DeliveryPage deliveries(String owner, String subscriptionId, int page, int size) {
        own(owner, subscriptionId);
        int pageSize = Math.clamp(size, 1, 100);
        int pageNumber = Math.max(page, 0);
        Criteria bySubscription = where("subscriptionId").is(subscriptionId);
        List<WebhookViews.Delivery> items = mongo.find(Query.query(bySubscription)
                        .with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("_id")))
                        .skip((long) pageNumber * pageSize).limit(pageSize), WebhookDelivery.class)
                .stream().map(WebhookViews.Delivery::of).toList();
        long total = mongo.count(Query.query(where("subscriptionId").is(subscriptionId)), WebhookDelivery.class);
        return new WebhookViews.DeliveryPage(items, pageNumber, pageSize, total);
    }

    /** Sends a failed delivery again, with a fresh round of retries. */
    public WebhookViews.Delivery retry(String owner, String subscriptionId, String deliveryId) {
        WebhookSubscription subscription = own(owner, subscriptionId);
        WebhookDelivery delivery = mongo.findOne(Query.query(where("_id").is(deliveryId)
                .and("subscriptionId").is(subscriptionId)), WebhookDelivery.class);
        if (delivery == null) {
            throw new NotFoundException("webhook delivery", deliveryId);
        }
        if (subscription.status() != WebhookSubscription.Status.ACTIVE) {
            throw new ConflictException("SUBSCRIPTION_NOT_ACTIVE",
                    "The subscription is " + subscription.status() + "; create a new one to receive deliveries.");
        }
        WebhookDelivery retried = mongo.findAndModify(Query.query(where("_id").is(deliveryId)
                        .and("status").in(WebhookDelivery.Status.FAILED, WebhookDelivery.Status.CANCELLED)),
                new Update().set("status", WebhookDelivery.Status.PENDING).set("attempts", 0)
                        .set("nextAttemptAt", clock.instant()).unset("leaseUntil"),
                FindAndModifyOptions.options().returnNew(true), WebhookDelivery.class);
        if (retried == null) {
            throw new ConflictException("NOT_FAILED", "Only a failed delivery can be retried; this one is "
                    + delivery.status() + ".");
        }
        log.info("partner {} retried webhook delivery {}", owner, deliveryId);
        return WebhookViews.Delivery.of(retried);
    }

    private WebhookSubscription own(String owner, String id) {
        WebhookSubscription subscription = mongo.findOne(Query.query(where("_id").is(id).and("owner").is(owner)
                .and("status").ne(WebhookSubscription.Status.DELETED)), WebhookSubscription.class);
        if (subscription == null) {
            throw new NotFoundException("webhook subscription", id);
        }
        return subscription;
    }

    private URI checkedUrl(String url) {
        try {
            URI uri = CallbackGuard.parse(url);
            guard.check(uri);
            return uri;
        } catch (RefusedTarget refused) {
            throw InvalidInputException.of("url", refused.getMessage());
        }
    }

    /** The web layer already answers 400 for these; checked here too so no caller can store a forbidden type. */
    private static List<String> checkedTypes(List<String> eventTypes) {
        InvalidInputException.Builder problems = InvalidInputException.builder();
        if (eventTypes == null || eventTypes.isEmpty()) {
            problems.add("eventTypes", "must name at least one event type");
        } else {
            for (int i = 0; i < eventTypes.size(); i++) {
                problems.addIf(!EventTypes.partnerVisibleTypes().contains(eventTypes.get(i)), "eventTypes[" + i + "]",
                        "is not a partner-visible event type");
            }
        }
        problems.throwIfAny();
        return List.copyOf(new LinkedHashSet<>(eventTypes));
    }
}
