package org.isec.marketplace.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isec.marketplace.domain.Fixtures.AFTER_DEADLINE;
import static org.isec.marketplace.domain.Fixtures.AMINA;
import static org.isec.marketplace.domain.Fixtures.BUYER;
import static org.isec.marketplace.domain.Fixtures.LI;
import static org.isec.marketplace.domain.Fixtures.MARCO;
import static org.isec.marketplace.domain.Fixtures.NOW;
import static org.isec.marketplace.domain.Fixtures.bid;
import static org.isec.marketplace.domain.Fixtures.catering;
import static org.isec.marketplace.domain.Problems.conflict;
import static org.isec.marketplace.domain.Problems.forbidden;
import static org.isec.marketplace.domain.Problems.invalid;

import java.math.BigDecimal;
import java.util.List;
import org.isec.contracts.marketplace.BidSubmitted;
import org.isec.contracts.marketplace.BidWithdrawn;
import org.junit.jupiter.api.Test;

class BiddingTest {

    private final Fixtures f = new Fixtures();
    private final Commission c = f.published(catering());

    @Test
    void aBidCountsAtOnceAndIsAnnounced() {
        Bid bid = f.bidOn(c, AMINA, "3200.00");

        assertThat(bid.status()).isEqualTo(BidStatus.LIVE);
        BidSubmitted event = Fixtures.events(c, BidSubmitted.class).getFirst();
        assertThat(event.bidderMemberId()).isEqualTo(Fixtures.AMINA_ID);
        assertThat(event.price().amount()).isEqualByComparingTo("3200.00");
        assertThat(event.price().currency()).isEqualTo("EUR");
        assertThat(event.lotId()).isNull();
    }

    @Test
    void buyerCannotBidOnItsOwnCommission() {
        forbidden("OWN_COMMISSION", () -> f.bidOn(c, BUYER, "3000"));
    }

    @Test
    void noBidAfterTheDeadline() {
        conflict("DEADLINE_PASSED", () -> c.submitBid("b1", bid("3000"), AMINA, f.standings(), AFTER_DEADLINE));
    }

    @Test
    void noBidOnAClosedCommission() {
        f.bidOn(c, AMINA, "3000");
        c.closeEarly(BUYER, NOW);

        conflict("COMMISSION_NOT_OPEN", () -> f.bidOn(c, MARCO, "3100"));
    }

    @Test
    void priceMustBePositive() {
        invalid("price", () -> f.bidOn(c, AMINA, "0"));
        invalid("price", () -> f.bidOn(c, AMINA, "-10"));
    }

    @Test
    void priceIsInTheCommissionsCurrency() {
        invalid("currency", () -> c.submitBid("b1", new NewBid(null, BigDecimal.TEN, "USD", 5, null, null, List.of()),
                AMINA, f.standings(), NOW));
    }

    @Test
    void unknownLotIsRefused() {
        invalid("lotId", () -> c.submitBid("b1", Fixtures.lotBid("no-such-lot", "3000"), AMINA, f.standings(), NOW));
    }

    @Test
    void oneLiveBidPerSupplierUntilItIsWithdrawn() {
        Bid first = f.bidOn(c, AMINA, "3200");

        conflict("DUPLICATE_BID", () -> f.bidOn(c, AMINA, "3100"));

        c.withdrawBid(first.id(), AMINA, NOW);
        assertThat(f.bidOn(c, AMINA, "3100").status()).isEqualTo(BidStatus.LIVE);
        assertThat(Fixtures.events(c, BidWithdrawn.class)).singleElement()
                .satisfies(e -> assertThat(e.bidId()).isEqualTo(first.id()));
    }

    @Test
    void withdrawingIsOnlyPossibleBeforeTheDeadlineAndOnlyByTheBidder() {
        Bid bid = f.bidOn(c, AMINA, "3200");

        conflict("DEADLINE_PASSED", () -> c.withdrawBid(bid.id(), AMINA, AFTER_DEADLINE));
        Throwable notHis = org.assertj.core.api.Assertions.catchThrowable(() -> c.withdrawBid(bid.id(), MARCO, NOW));
        assertThat(notHis).isInstanceOf(org.isec.defaults.problem.NotFoundException.class);
    }

    @Test
    void bidsAreSealedFromOtherBidders() {
        Bid amina = f.bidOn(c, AMINA, "3200");
        Bid marco = f.bidOn(c, MARCO, "3500");

        assertThat(c.bidsVisibleTo(BUYER)).containsExactly(amina, marco);
        assertThat(c.bidsVisibleTo(AMINA)).containsExactly(amina);
        assertThat(c.bidsVisibleTo(MARCO)).containsExactly(marco);
        assertThat(c.bidsVisibleTo(LI)).isEmpty();
    }

    @Test
    void withoutBidsTheDeadlineExpiresTheCommission() {
        assertThat(c.closeAtDeadline(NOW)).isFalse();
        assertThat(c.closeAtDeadline(AFTER_DEADLINE)).isTrue();

        assertThat(c.status()).isEqualTo(CommissionStatus.EXPIRED);
        assertThat(c.closeAtDeadline(AFTER_DEADLINE)).isFalse();
    }

    @Test
    void withBidsTheDeadlineClosesTheCommission() {
        f.bidOn(c, AMINA, "3200");

        c.closeAtDeadline(AFTER_DEADLINE);

        assertThat(c.status()).isEqualTo(CommissionStatus.CLOSED);
    }

    @Test
    void theBuyerMayCloseEarlyOnlyWithSomethingToAward() {
        conflict("NO_BIDS", () -> c.closeEarly(BUYER, NOW));
        f.bidOn(c, AMINA, "3200");
        forbidden("NOT_THE_BUYER", () -> c.closeEarly(AMINA, NOW));

        c.closeEarly(BUYER, NOW);

        assertThat(c.status()).isEqualTo(CommissionStatus.CLOSED);
    }
}
