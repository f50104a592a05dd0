package org.isec.marketplace.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.isec.contracts.IsecCloudEvents;
import org.isec.contracts.IsecEvent;
import org.isec.contracts.marketplace.CommissionCompleted;
import org.isec.contracts.marketplace.ReviewSubmitted;
import org.isec.contracts.membership.MemberSuspended;
import org.isec.defaults.messaging.InboundEvent;
import org.isec.marketplace.domain.Reputation;
import org.isec.marketplace.support.IntegrationTest;
import org.isec.marketplace.support.MembershipEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Redelivered events change nothing the second time: projections are keyed by event id. */
class ProjectionIdempotencyTest extends IntegrationTest {

    @Autowired
    ReputationProjection reputation;

    @Autowired
    MemberProjection members;

    private static InboundEvent inbound(IsecEvent event, String id) {
        return InboundEvent.of(IsecCloudEvents.of(event, id, Instant.now(), Map.of()));
    }

    @Test
    void aRedeliveredReviewOrCompletionCountsOnce() {
        Trader amina = caterer("Amina", "MI", List.of("catering"));
        String commission = UUID.randomUUID().toString();
        InboundEvent review = inbound(new ReviewSubmitted(commission, UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                amina.memberId(), 1, Instant.now()), UUID.randomUUID().toString());
        InboundEvent completed = inbound(new CommissionCompleted(commission, null, "t", UUID.randomUUID().toString(),
                amina.memberId(), List.of(), false, Instant.now()), UUID.randomUUID().toString());

        for (int delivery = 0; delivery < 3; delivery++) {
            reputation.apply(review);
            reputation.apply(completed);
        }

        Reputation r = directory.find(amina.memberId()).orElseThrow().reputation();
        assertThat(r.reviewCount()).isEqualTo(1);
        assertThat(r.score()).isEqualTo(3.083);
        assertThat(r.deliveries()).isEqualTo(1);
        assertThat(r.onTimeRate()).isZero();
    }

    @Test
    void aRedeliveredSuspensionAfterReinstatementDoesNotSuspendAgain() {
        Trader li = caterer("Li", "MI", List.of("catering"));
        String suspensionId = UUID.randomUUID().toString();
        MemberSuspended suspended = new MemberSuspended(li.memberId(), MemberSuspended.OPERATOR_DECISION, "unpaid fees", null, Instant.now());
        members.apply(inbound(suspended, suspensionId));
        assertThat(directory.of(li.memberId()).canTrade()).isFalse();
        membership.reinstated(li.memberId());
        awaitStanding(li, true);

        members.apply(inbound(suspended, suspensionId));

        assertThat(directory.of(li.memberId()).canTrade()).isTrue();
        assertThat(MembershipEvents.CHARTER).isEqualTo(directory.find(li.memberId()).orElseThrow().charterVersion());
    }
}
