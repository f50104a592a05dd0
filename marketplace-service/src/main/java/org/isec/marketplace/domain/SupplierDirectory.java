package org.isec.marketplace.domain;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.isec.marketplace.domain.matching.SupplierIndex;
import org.isec.marketplace.domain.matching.SupplierProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The matching engine's in-memory snapshot of every member able to trade. Rebuilt lazily: when this instance
 * applied a membership change, or when the snapshot is older than {@code isec.marketplace.index-refresh}
 * (changes another instance applied). Ranking results are re-checked against current standings anyway.
 */
@Component
class SupplierDirectory {

    private static final Logger log = LoggerFactory.getLogger(SupplierDirectory.class);

    private record Snapshot(SupplierIndex index, Instant builtAt) {
    }

    private final MongoTemplate mongo;
    private final MarketplaceProperties properties;
    private final Clock clock;
    private volatile Snapshot snapshot;

    SupplierDirectory(MongoTemplate mongo, MarketplaceProperties properties, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
    }

    SupplierIndex index() {
        Snapshot s = snapshot;
        if (s == null || s.builtAt().plus(properties.indexRefresh()).isBefore(clock.instant())) {
            s = rebuild();
        }
        return s.index();
    }

    /** Called after this instance changed a member, so the next ranking sees it. */
    void invalidate() {
        snapshot = null;
    }

    static SupplierProfile profileOf(MarketMember m) {
        Reputation r = m.reputation();
        return new SupplierProfile(m.id(), m.legalName(), m.atecoCodes(), new java.util.LinkedHashSet<>(m.capabilities()),
                m.region(), m.province(), new java.util.LinkedHashSet<>(m.languages()), r.matchingScore(), r.onTimeScore(),
                m.canTrade());
    }

    private synchronized Snapshot rebuild() {
        Snapshot s = snapshot;
        Instant now = clock.instant();
        if (s != null && !s.builtAt().plus(properties.indexRefresh()).isBefore(now)) {
            return s;
        }
        Query active = Query.query(where("status").is(MarketMember.Status.ACTIVE.name()));
        active.fields().exclude("appliedEvents");
        List<SupplierProfile> profiles = mongo.find(active, MarketMember.class).stream().map(SupplierDirectory::profileOf).toList();
        s = new Snapshot(SupplierIndex.of(profiles), now);
        snapshot = s;
        log.debug("supplier index rebuilt with {} members", profiles.size());
        return s;
    }
}
