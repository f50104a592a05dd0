package org.isec.marketplace.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isec.marketplace.domain.Fixtures.AFTER_DEADLINE;
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
import org.isec.contracts.marketplace.CommissionAwarded;
import org.isec.contracts.marketplace.CommissionCancelled;
import org.junit.jupiter.api.Test;

class AwardTest {

    private final Fixtures f = new Fixtures();
    private final Commission c = f.published(catering());
    private final Bid amina = f.bidOn(c, AMINA, "3200.00");
    private final Bid marco = f.bidOn(c, MARCO, "3500.00");

    @Test
    void noAwardWhileBiddingIsOpen() {
        conflict("BIDDING_OPEN", () -> c.award(amina.id(), "best price", BUYER, f.standings(), NOW));
    }

    @Test
    void theDeadlineHavingPassedIsEnoughToAward() {
        c.award(amina.id(), "best price", BUYER, f.standings(), AFTER_DEADLINE);

        assertThat(c.status()).isEqualTo(CommissionStatus.AWARDED);
    }

    @Test
    void awardNamesWinnerOtherBiddersAndTheReasonEveryBidderSees() {
        c.closeEarly(BUYER, NOW);

        LotAward award = c.award(amina.id(), "Lowest price with halal certification", BUYER, f.standings(), NOW);

        assertThat(c.status()).isEqualTo(CommissionStatus.AWARDED);
        assertThat(amina.status()).isEqualTo(BidStatus.AWARDED);
        assertThat(marco.status()).isEqualTo(BidStatus.NOT_AWARDED);
        assertThat(award.reason()).isEqualTo("Lowest price with halal certification");
        assertThat(c.seesAwards(MARCO)).isTrue();
        assertThat(c.seesAwards(LI)).isFalse();
        CommissionAwarded event = Fixtures.events(c, CommissionAwarded.class).getFirst();
        assertThat(event.winnerMemberId()).isEqualTo(Fixtures.AMINA_ID);
        assertThat(event.losingBidderMemberIds()).containsExactly(Fixtures.MARCO_ID);
        assertThat(event.reason()).isEqualTo("Lowest price with halal certification");
        assertThat(event.price().amount()).isEqualByComparingTo(new BigDecimal("3200.00"));
    }

    @Test
    void onlyTheBuyerAwardsAndAlwaysWithAReason() {
        c.closeEarly(BUYER, NOW);

        forbidden("NOT_THE_BUYER", () -> c.award(amina.id(), "me", AMINA, f.standings(), NOW));
        invalid("reason", () -> c.award(amina.id(), " ", BUYER, f.standings(), NOW));
        invalid("bidId", () -> c.award("no-such-bid", "why", BUYER, f.standings(), NOW));
    }

    @Test
    void aLotIsAwardedOnce() {
        c.closeEarly(BUYER, NOW);
        c.award(amina.id(), "best price", BUYER, f.standings(), NOW);

        conflict("NOT_AWARDABLE", () -> c.award(marco.id(), "changed my mind", BUYER, f.standings(), NOW));
    }

    @Test
    void aSuspendedBiddersBidCannotWin() {
        c.closeEarly(BUYER, NOW);
        f.suspend(Fixtures.AMINA_ID);

        conflict("BID_NOT_AWARDABLE", () -> c.award(amina.id(), "best price", BUYER, f.standings(), NOW));
    }

    @Test
    void aWithdrawnBidCannotWin() {
        c.withdrawBid(marco.id(), MARCO, NOW);
        c.closeEarly(BUYER, NOW);

        conflict("BID_NOT_AWARDABLE", () -> c.award(marco.id(), "best", BUYER, f.standings(), NOW));
    }

    @Test
    void cancellingBeforeAwardTellsTheBidders() {
        c.cancel("Event postponed", BUYER, NOW);

        assertThat(c.status()).isEqualTo(CommissionStatus.CANCELLED);
        CommissionCancelled event = Fixtures.events(c, CommissionCancelled.class).getFirst();
        assertThat(event.bidderMemberIds()).containsExactly(Fixtures.AMINA_ID, Fixtures.MARCO_ID);
        assertThat(event.reason()).isEqualTo("Event postponed");
    }

    @Test
    void noCancellingAfterAward() {
        c.closeEarly(BUYER, NOW);
        c.award(amina.id(), "best price", BUYER, f.standings(), NOW);

        conflict("NOT_CANCELLABLE", () -> c.cancel("too late", BUYER, NOW));
        forbidden("NOT_THE_BUYER", () -> c.cancel("not mine", MARCO, NOW));
    }

    @Test
    void multiLotCommissionsNeedTheLotOfEachBid() {
        Commission tender = f.tenderPublished();

        invalid("lotId", () -> f.bidOn(tender, AMINA, "1000"));
        assertThat(tender.lots()).extracting(Lot::id).doesNotContainNull().hasSize(2);
        List<Lot> lots = tender.lots();
        assertThat(tender.submitBid("x", Fixtures.lotBid(lots.get(0).id(), "40000"), AMINA, f.standings(), NOW).lotId())
                .isEqualTo(lots.get(0).id());
    }
}
