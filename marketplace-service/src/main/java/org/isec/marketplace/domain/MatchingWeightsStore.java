package org.isec.marketplace.domain;

import java.time.Instant;
import org.isec.marketplace.domain.matching.MatchingWeights;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/** The operators' matching weights, one document, with who changed them last and when (audit). */
@Component
public class MatchingWeightsStore {

    private static final Logger log = LoggerFactory.getLogger(MatchingWeightsStore.class);
    private static final String ID = "matching-weights";

    @Document("settings")
    record StoredWeights(@Id String id, MatchingWeights weights, String updatedBy, String reason, Instant updatedAt) {
    }

    /** What operators see: the weights in force and who set them (null before anyone did). */
    public record Current(MatchingWeights weights, String updatedBy, String reason, Instant updatedAt) {
    }

    private final MongoTemplate mongo;

    MatchingWeightsStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public MatchingWeights weights() {
        return current().weights();
    }

    public Current current() {
        StoredWeights stored = mongo.findById(ID, StoredWeights.class);
        return stored == null
                ? new Current(MatchingWeights.DEFAULT, null, null, null)
                : new Current(stored.weights(), stored.updatedBy(), stored.reason(), stored.updatedAt());
    }

    public Current replace(MatchingWeights weights, Actor operator, String reason, Instant now) {
        mongo.save(new StoredWeights(ID, weights, operator.userId(), reason, now));
        log.info("matching weights set to {} by operator {}: {}", weights, operator.userId(), reason);
        return current();
    }
}
