package org.isec.marketplace.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isec.marketplace.domain.Fixtures.AMINA;
import static org.isec.marketplace.domain.Fixtures.BUYER;
import static org.isec.marketplace.domain.Fixtures.MARCO;
import static org.isec.marketplace.domain.Fixtures.NOW;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.isec.contracts.JsonSchemas;
import org.isec.defaults.outbox.OutboxEvent;
import org.isec.marketplace.domain.matching.Match;
import org.junit.jupiter.api.Test;

/** Every event the commission raises, in a full story, conforms to its published JSON Schema. */
class EventSchemaTest {

    @Test
    void everyRaisedEventMatchesItsSchema() {
        Fixtures f = new Fixtures();
        Commission c = f.published(Fixtures.catering());
        c.suppliersMatched(List.of(new Match(Fixtures.AMINA_ID, "Amina srl", null, 0.91, List.of())), NOW);
        Bid amina = f.bidOn(c, AMINA, "3200.00");
        Bid marco = f.bidOn(c, MARCO, "3500.00");
        c.withdrawBid(marco.id(), MARCO, NOW);
        c.closeEarly(BUYER, NOW);
        c.award(amina.id(), "best price", BUYER, f.standings(), NOW);
        c.complete(null, true, BUYER, NOW);
        c.review(java.util.UUID.randomUUID().toString(), null, 5, "great", BUYER, NOW);
        Commission cancelled = f.published(Fixtures.catering());
        cancelled.cancel(null, BUYER, NOW);

        List<OutboxEvent> events = new java.util.ArrayList<>(c.pendingEvents());
        events.addAll(cancelled.pendingEvents());

        assertThat(events.stream().map(OutboxEvent::type).collect(Collectors.toSet())).containsExactlyInAnyOrder(
                "isec.marketplace.CommissionPublished", "isec.marketplace.SuppliersMatched", "isec.marketplace.BidSubmitted",
                "isec.marketplace.BidWithdrawn", "isec.marketplace.CommissionAwarded", "isec.marketplace.CommissionCompleted",
                "isec.marketplace.ReviewSubmitted", "isec.marketplace.CommissionCancelled");
        for (OutboxEvent e : events) {
            Set<String> violations = JsonSchemas.validate(e.type(), e.version(), e.data().getBytes(StandardCharsets.UTF_8));
            assertThat(violations).as(e.type()).isEmpty();
            assertThat(e.subject()).isIn(c.id(), cancelled.id());
        }
    }
}
