package org.isec.defaults.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.query.Query;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Republishes events the relay did not get out: Kafka was down, or the service stopped between the save and the
 * send. Scans every collection of the service's database, so it also finds documents of aggregates this build no
 * longer loads. Runs on its own thread rather than through {@code @Scheduled}, so a library does not switch on
 * scheduling for the whole service.
 */
class OutboxSweeper implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxSweeper.class);
    private static final int BATCH = 500;
    // Collections the defaults themselves write and that never hold an outbox.
    private static final Set<String> NEVER_AGGREGATES = Set.of("processed_events");

    private final MongoTemplate mongo;
    private final OutboxPublisher publisher;
    private final Duration interval;
    private final Duration minAge;
    private ScheduledExecutorService scheduler;
    private final Set<String> indexed = ConcurrentHashMap.newKeySet();
    private boolean failing;

    OutboxSweeper(MongoTemplate mongo, OutboxPublisher publisher, Duration interval, Duration minAge) {
        this.mongo = mongo;
        this.publisher = publisher;
        this.interval = interval;
        this.minAge = minAge;
    }

    /** Queues every document holding an event older than the minimum age; returns how many. */
    int sweep() {
        indexAggregateCollections();
        Date cutoff = Date.from(Instant.now().minus(minAge));
        int found = 0;
        for (String collection : mongo.getCollectionNames()) {
            if (collection.startsWith("system.") || NEVER_AGGREGATES.contains(collection)) {
                continue;
            }
            // Any element older than the cutoff; the first one is the oldest, so this is "outbox.0.time < cutoff".
            Query query = Query.query(where(OutboxPublisher.OUTBOX + ".time").lt(cutoff)).limit(BATCH);
            query.fields().include("_id");
            for (Document document : mongo.find(query, Document.class, collection)) {
                publisher.publishSoon(collection, document.get("_id"));
                found++;
            }
        }
        if (found > 0) {
            log.debug("outbox sweeper queued {} document(s) with events left behind", found);
        }
        return found;
    }

    /**
     * A sparse index on the outbox times of the aggregates this service knows, so on MongoDB the sweep reads only
     * documents with waiting events (the embedded wire server accepts and ignores it). Once per collection.
     */
    private void indexAggregateCollections() {
        for (MongoPersistentEntity<?> entity : mongo.getConverter().getMappingContext().getPersistentEntities()) {
            if (AggregateRoot.class.isAssignableFrom(entity.getType()) && indexed.add(entity.getCollection())) {
                try {
                    mongo.indexOps(entity.getCollection()).createIndex(
                            new Index(OutboxPublisher.OUTBOX + ".time", Sort.Direction.ASC).sparse().named("outbox_time"));
                } catch (RuntimeException e) {
                    indexed.remove(entity.getCollection());
                    throw e;
                }
            }
        }
    }

    private void sweepQuietly() {
        try {
            sweep();
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) {
                log.warn("outbox sweeper cannot read the database; retrying every {}: {}", interval, e.toString());
            }
            failing = true;
        }
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(OutboxPublisher.daemon("outbox-sweeper-"));
        scheduler.scheduleWithFixedDelay(this::sweepQuietly, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
