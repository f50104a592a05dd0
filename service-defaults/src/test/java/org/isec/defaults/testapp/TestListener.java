package org.isec.defaults.testapp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.cloudevents.CloudEvent;
import org.isec.contracts.membership.MemberSuspended;
import org.isec.defaults.messaging.InboundEvent;
import org.isec.defaults.messaging.ProcessedEvents;
import org.isec.defaults.messaging.Projections;
import org.isec.defaults.web.CorrelationId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** A consumer written the way CONVENTIONS.md tells services to write theirs. */
@Component
@ConditionalOnProperty("test.listener.topic")
public class TestListener {

    public static final String ALWAYS_FAILS = "always-fails";
    public static final String PROJECTION = "test_member_projection";

    /** Deliveries per event id, counted before anything can fail. */
    public final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    /** Side effects done per event id, guarded by ProcessedEvents. */
    public final Map<String, AtomicInteger> effects = new ConcurrentHashMap<>();
    public final Map<String, String> correlationIds = new ConcurrentHashMap<>();

    private final Projections projections;
    private final ProcessedEvents processedEvents;

    TestListener(Projections projections, ProcessedEvents processedEvents) {
        this.projections = projections;
        this.processedEvents = processedEvents;
    }

    @KafkaListener(topics = "${test.listener.topic}")
    void on(CloudEvent cloudEvent) {
        InboundEvent event = InboundEvent.of(cloudEvent);
        deliveries.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
        CorrelationId.current().ifPresent(id -> correlationIds.put(event.id(), id));
        if (ALWAYS_FAILS.equals(event.subject())) {
            throw new IllegalStateException("handler always fails for " + event.id());
        }
        if (event.is(MemberSuspended.class)) {
            MemberSuspended suspended = event.as(MemberSuspended.class);
            projections.applyOnce(PROJECTION, suspended.memberId(), event.id(),
                    new Update().inc("suspensions", 1).set("lastReason", suspended.reason()));
            if (processedEvents.firstTime(event.id())) {
                effects.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
            }
        }
    }
}
