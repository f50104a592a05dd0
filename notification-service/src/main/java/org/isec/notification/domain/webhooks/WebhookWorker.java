package org.isec.notification.domain.webhooks;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Delivers due webhook deliveries, each on its own virtual thread so one slow partner does not delay the others.
 * Before each attempt the callback URL is checked again on the address its name resolves to now, and the request
 * goes to exactly that address. Failures are retried on the configured schedule (about a day by default); an
 * endpoint whose circuit breaker is open is not called, and its deliveries wait without using up attempts; a
 * {@code 410 Gone} disables the subscription.
 */
class WebhookWorker {

    private static final Logger log = LoggerFactory.getLogger(WebhookWorker.class);

    private final MongoTemplate mongo;
    private final WebhookOutbox outbox;
    private final CallbackGuard guard;
    private final SecretBox secrets;
    private final WebhookSender sender;
    private final EndpointBreakers breakers;
    private final WebhookSettings settings;
    private final Clock clock;
    private final MeterRegistry meters;

    WebhookWorker(MongoTemplate mongo, WebhookOutbox outbox, CallbackGuard guard, SecretBox secrets,
                  WebhookSender sender, EndpointBreakers breakers, WebhookSettings settings, Clock clock,
                  MeterRegistry meters) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.guard = guard;
        this.secrets = secrets;
        this.sender = sender;
        this.breakers = breakers;
        this.settings = settings;
        this.clock = clock;
        this.meters = meters;
    }

    @Scheduled(fixedDelayString = "${isec.webhooks.poll-interval:1s}",
            initialDelayString = "${isec.webhooks.poll-interval:1s}")
    void deliverDue() {
        List<WebhookDelivery> due = new ArrayList<>();
        try {
            for (int i = 0; i < settings.batchSize(); i++) {
                WebhookDelivery next = claimNext();
                if (next == null) {
                    break;
                }
                due.add(next);
            }
        } catch (RuntimeException e) {
            log.warn("webhook round stopped: {}", e.toString());
        }
        if (due.isEmpty()) {
            return;
        }
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            due.forEach(delivery -> threads.execute(() -> attemptSafely(delivery)));
            threads.shutdown();
            threads.awaitTermination(settings.lease().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private WebhookDelivery claimNext() {
        Instant now = clock.instant();
        Query due = Query.query(where("status").is(WebhookDelivery.Status.PENDING).and("nextAttemptAt").lte(now)
                        .orOperator(where("leaseUntil").isNull(), where("leaseUntil").lt(now)))
                .with(Sort.by("nextAttemptAt"));
        return mongo.findAndModify(due, new Update().set("leaseUntil", now.plus(settings.lease())),
                FindAndModifyOptions.options().returnNew(true), WebhookDelivery.class);
    }

    private void attemptSafely(WebhookDelivery delivery) {
        try {
            attempt(delivery);
        } catch (RuntimeException e) {
            // The lease runs out and the delivery is picked up again; nothing is lost.
            log.warn("webhook delivery {} attempt aborted: {}", delivery.id(), e.toString());
        }
    }

    private void attempt(WebhookDelivery delivery) {
        WebhookSubscription subscription = mongo.findById(delivery.subscriptionId(), WebhookSubscription.class);
        if (subscription == null || subscription.status() != WebhookSubscription.Status.ACTIVE) {
            update(delivery, new Update().set("status", WebhookDelivery.Status.CANCELLED)
                    .set("lastError", "subscription " + (subscription == null ? "missing" : subscription.status())));
            return;
        }
        CircuitBreaker breaker = breakers.of(subscription.id());
        if (!breaker.tryAcquirePermission()) {
            Instant later = clock.instant().plus(breakers.openFor());
            update(delivery, new Update().set("nextAttemptAt", later));
            log.info("webhook delivery {} held back until {}: endpoint of subscription {} is failing (circuit open)",
                    delivery.id(), later, subscription.id());
            return;
        }
        CheckedTarget target;
        try {
            target = guard.check(URI.create(subscription.url()));
        } catch (RefusedTarget refused) {
            breaker.releasePermission();
            failed(delivery, subscription, null, "callback refused: " + refused.getMessage(), 0);
            return;
        }
        byte[] body = delivery.body().getBytes(StandardCharsets.UTF_8);
        long timestamp = clock.instant().getEpochSecond();
        List<byte[]> keys = subscription.activeSecrets(clock.instant()).stream()
                .map(secret -> secrets.open(secret.sealed(), subscription.id())).toList();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("webhook-id", delivery.id());
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", Signer.signatureHeader(delivery.id(), timestamp, body, keys));
        long started = System.nanoTime();
        WebhookSender.Outcome outcome = sender.post(target, headers, body);
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        if (outcome.delivered()) {
            breaker.onSuccess(millis, TimeUnit.MILLISECONDS);
            delivered(delivery, outcome, millis);
        } else if (outcome.gone()) {
            // The endpoint answered: a deliberate "stop", not an outage.
            breaker.onSuccess(millis, TimeUnit.MILLISECONDS);
            gone(delivery, subscription, millis);
        } else {
            breaker.onError(millis, TimeUnit.MILLISECONDS, new EndpointFailure(outcome));
            failed(delivery, subscription, outcome.status(), outcome.error(), millis);
        }
    }

    private void delivered(WebhookDelivery delivery, WebhookSender.Outcome outcome, long millis) {
        Instant now = clock.instant();
        update(delivery, new Update().set("status", WebhookDelivery.Status.DELIVERED)
                .set("attempts", delivery.attempts() + 1).set("lastResponseCode", outcome.status())
                .unset("lastError").set("deliveredAt", now)
                .set("history", history(delivery, new WebhookDelivery.Attempt(now, outcome.status(), null, millis))));
        count("delivered");
        log.info("webhook delivery {} of event {} delivered to subscription {} ({})", delivery.id(),
                delivery.eventId(), delivery.subscriptionId(), outcome.status());
    }

    private void gone(WebhookDelivery delivery, WebhookSubscription subscription, long millis) {
        Instant now = clock.instant();
        mongo.updateFirst(Query.query(where("_id").is(subscription.id()).and("status")
                        .is(WebhookSubscription.Status.ACTIVE)),
                new Update().set("status", WebhookSubscription.Status.DISABLED)
                        .set("disabledReason", "endpoint answered 410 Gone at " + now).set("updatedAt", now),
                WebhookSubscription.class);
        update(delivery, new Update().set("status", WebhookDelivery.Status.FAILED)
                .set("attempts", delivery.attempts() + 1).set("lastResponseCode", 410)
                .set("lastError", "410 Gone: subscription disabled")
                .set("history", history(delivery, new WebhookDelivery.Attempt(now, 410, "Gone", millis))));
        outbox.cancelPending(subscription.id(), "subscription disabled: endpoint answered 410 Gone");
        count("gone");
        log.warn("webhook subscription {} of partner {} disabled: its endpoint answered 410 Gone", subscription.id(),
                subscription.owner());
    }

    private void failed(WebhookDelivery delivery, WebhookSubscription subscription, Integer status, String error,
                        long millis) {
        Instant now = clock.instant();
        int attempts = delivery.attempts() + 1;
        List<Duration> schedule = settings.retrySchedule();
        Update update = new Update().set("attempts", attempts).set("lastError", error)
                .set("history", history(delivery, new WebhookDelivery.Attempt(now, status, error, millis)));
        if (status != null) {
            update.set("lastResponseCode", status);
        }
        if (attempts <= schedule.size()) {
            Instant next = now.plus(schedule.get(attempts - 1));
            update.set("nextAttemptAt", next);
            count("retry");
            log.info("webhook delivery {} to subscription {} failed ({}); attempt {} at {}", delivery.id(),
                    subscription.id(), error, attempts + 1, next);
        } else {
            update.set("status", WebhookDelivery.Status.FAILED);
            count("failed");
            log.warn("webhook delivery {} to subscription {} FAILED after {} attempts: {}", delivery.id(),
                    subscription.id(), attempts, error);
        }
        update(delivery, update);
    }

    private static List<WebhookDelivery.Attempt> history(WebhookDelivery delivery, WebhookDelivery.Attempt latest) {
        List<WebhookDelivery.Attempt> history = new ArrayList<>(delivery.history());
        history.add(latest);
        return history.size() > WebhookDelivery.HISTORY
                ? history.subList(history.size() - WebhookDelivery.HISTORY, history.size()) : history;
    }

    private void update(WebhookDelivery delivery, Update update) {
        mongo.updateFirst(Query.query(where("_id").is(delivery.id())), update.unset("leaseUntil"),
                WebhookDelivery.class);
    }

    private void count(String outcome) {
        meters.counter("isec.webhooks.deliveries", "outcome", outcome).increment();
    }

    /** What the breaker records for an endpoint that failed (no answer, or an error status). */
    static final class EndpointFailure extends RuntimeException {

        EndpointFailure(WebhookSender.Outcome outcome) {
            super(outcome.error(), null, false, false);
        }
    }
}
