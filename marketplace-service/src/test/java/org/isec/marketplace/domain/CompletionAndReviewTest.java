package org.isec.marketplace.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isec.marketplace.domain.Fixtures.AMINA;
import static org.isec.marketplace.domain.Fixtures.BUYER;
import static org.isec.marketplace.domain.Fixtures.LI;
import static org.isec.marketplace.domain.Fixtures.MARCO;
import static org.isec.marketplace.domain.Fixtures.NOW;
import static org.isec.marketplace.domain.Fixtures.catering;
import static org.isec.marketplace.domain.Problems.conflict;
import static org.isec.marketplace.domain.Problems.forbidden;
import static org.isec.marketplace.domain.Problems.invalid;

import java.math.BigDecimal;
import java.util.List;
import org.isec.contracts.marketplace.CommissionCompleted;
import org.isec.contracts.marketplace.ReviewSubmitted;
import org.junit.jupiter.api.Test;

class CompletionAndReviewTest {

    private final Fixtures f = new Fixtures();
    private final Commission c = f.published(catering());
    private final Bid amina = f.bidOn(c, AMINA, "3200.00");

    private void award() {
        f.bidOn(c, MARCO, "3500.00");
        c.closeEarly(BUYER, NOW);
        c.award(amina.id(), "best price", BUYER, f.standings(), NOW);
    }

    @Test
    void onlyAnAwardedCommissionCanBeCompleted() {
        conflict("NOT_AWARDED", () -> c.complete(null, true, BUYER, NOW));
    }

    @Test
    void completionRecordsWhetherDeliveryWasOnTime() {
        award();
        forbidden("NOT_THE_BUYER", () -> c.complete(null, true, AMINA, NOW));

        c.complete(null, false, BUYER, NOW);

        assertThat(c.status()).isEqualTo(CommissionStatus.COMPLETED);
        CommissionCompleted event = Fixtures.events(c, CommissionCompleted.class).getFirst();
        assertThat(event.supplierMemberId()).isEqualTo(Fixtures.AMINA_ID);
        assertThat(event.onTime()).isFalse();
        conflict("NOT_AWARDED", () -> c.complete(null, true, BUYER, NOW));
    }

    @Test
    void noReviewBeforeCompletion() {
        award();

        forbidden("NOT_A_PARTY", () -> c.review("r1", null, 5, "great", BUYER, NOW));
    }

    @Test
    void buyerAndSupplierReviewEachOtherOnce() {
        award();
        c.complete(null, true, BUYER, NOW);

        Review byBuyer = c.review("r1", null, 5, "Delicious and punctual", BUYER, NOW);
        Review bySupplier = c.review("r2", null, 4, "Clear brief, paid on time", AMINA, NOW);

        assertThat(byBuyer.revieweeMemberId()).isEqualTo(Fixtures.AMINA_ID);
        assertThat(bySupplier.revieweeMemberId()).isEqualTo(Fixtures.BUYER_ID);
        assertThat(Fixtures.events(c, ReviewSubmitted.class)).extracting(ReviewSubmitted::rating).containsExactly(5, 4);
        conflict("ALREADY_REVIEWED", () -> c.review("r3", null, 1, "second thoughts", BUYER, NOW));
    }

    @Test
    void aLosingBidderOrStrangerCannotReview() {
        award();
        c.complete(null, true, BUYER, NOW);

        forbidden("NOT_A_PARTY", () -> c.review("r1", null, 1, "sour grapes", MARCO, NOW));
        forbidden("NOT_A_PARTY", () -> c.review("r1", null, 1, "who?", LI, NOW));
    }

    @Test
    void ratingIsOneToFive() {
        award();
        c.complete(null, true, BUYER, NOW);

        invalid("rating", () -> c.review("r1", null, 6, null, BUYER, NOW));
        invalid("rating", () -> c.review("r1", null, 0, null, BUYER, NOW));
        invalid("rating", () -> c.review("r1", null, null, null, BUYER, NOW));
    }

    @Test
    void inAJointAwardTheBuyerNamesWhichPartnerItReviews() {
        Commission joint = f.published(catering());
        joint.submitBid("j1", new NewBid(null, new BigDecimal("3000"), "EUR", 10, null, 60,
                List.of(new NewBid.PartnerShare(Fixtures.MARCO_ID, 40))), AMINA, f.standings(), NOW);
        joint.confirmPartnership("j1", MARCO, NOW);
        joint.closeEarly(BUYER, NOW);
        joint.award("j1", "joint team", BUYER, f.standings(), NOW);
        joint.complete(null, true, BUYER, NOW);

        invalid("revieweeId", () -> joint.review("r1", null, 5, null, BUYER, NOW));
        joint.review("r1", Fixtures.MARCO_ID, 5, null, BUYER, NOW);
        joint.review("r2", Fixtures.AMINA_ID, 4, null, BUYER, NOW);
        assertThat(joint.review("r3", null, 5, null, MARCO, NOW).revieweeMemberId()).isEqualTo(Fixtures.BUYER_ID);
    }
}
