package org.isec.marketplace.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isec.marketplace.domain.Fixtures.AMINA;
import static org.isec.marketplace.domain.Fixtures.LI;
import static org.isec.marketplace.domain.Fixtures.MARCO;
import static org.isec.marketplace.domain.Fixtures.NOW;
import static org.isec.marketplace.domain.Fixtures.lotBid;
import static org.isec.marketplace.domain.Problems.conflict;
import static org.isec.marketplace.domain.Problems.forbidden;

import java.util.List;
import org.isec.contracts.marketplace.CommissionAwarded;
import org.isec.contracts.marketplace.CommissionPublished;
import org.junit.jupiter.api.Test;

class ConsortiumTenderTest {

    private final Fixtures f = new Fixtures();
    private final Commission tender = f.tenderPublished();
    private final String canteen = tender.lots().get(0).id();
    private final String cleaning = tender.lots().get(1).id();

    @Test
    void theConsortiumIsTheBuyerAndOperatorsActForIt() {
        assertThat(tender.buyerMemberId()).isNull();
        assertThat(tender.consortiumTender()).isTrue();
        assertThat(tender.isBuyer(Fixtures.OPERATOR)).isTrue();
        assertThat(tender.isBuyer(AMINA)).isFalse();
        CommissionPublished event = Fixtures.events(tender, CommissionPublished.class).getFirst();
        assertThat(event.consortiumTender()).isTrue();
        assertThat(event.buyerMemberId()).isNull();
        assertThat(event.lots()).extracting(org.isec.contracts.marketplace.Lot::title)
                .containsExactly("School canteen", "Cleaning of the canteen");
    }

    @Test
    void eachLotGoesToADifferentMember() {
        Bid aminaCanteen = tender.submitBid("b1", lotBid(canteen, "42000"), AMINA, f.standings(), NOW);
        Bid marcoCanteen = tender.submitBid("b2", lotBid(canteen, "39000"), MARCO, f.standings(), NOW);
        Bid marcoCleaning = tender.submitBid("b3", lotBid(cleaning, "18000"), MARCO, f.standings(), NOW);
        Bid liCleaning = tender.submitBid("b4", lotBid(cleaning, "21000"), LI, f.standings(), NOW);
        tender.closeEarly(Fixtures.OPERATOR, NOW);

        tender.award(aminaCanteen.id(), "HACCP-certified kitchen within 2 km of the school", Fixtures.OPERATOR, f.standings(), NOW);
        assertThat(tender.status()).isEqualTo(CommissionStatus.CLOSED);
        conflict("LOT_ALREADY_AWARDED", () -> tender.award(marcoCanteen.id(), "cheaper", Fixtures.OPERATOR, f.standings(), NOW));
        tender.award(liCleaning.id(), "Team already cleaning two schools", Fixtures.OPERATOR, f.standings(), NOW);

        assertThat(tender.status()).isEqualTo(CommissionStatus.AWARDED);
        assertThat(marcoCleaning.status()).isEqualTo(BidStatus.NOT_AWARDED);
        List<CommissionAwarded> awards = Fixtures.events(tender, CommissionAwarded.class);
        assertThat(awards).extracting(CommissionAwarded::lotId, CommissionAwarded::winnerMemberId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(canteen, Fixtures.AMINA_ID),
                        org.assertj.core.groups.Tuple.tuple(cleaning, Fixtures.LI_ID));
        assertThat(awards.get(0).losingBidderMemberIds()).containsExactly(Fixtures.MARCO_ID);
    }

    @Test
    void lotsAreCompletedAndReviewedSeparatelyAndSuppliersReviewTheConsortium() {
        tender.submitBid("b1", lotBid(canteen, "42000"), AMINA, f.standings(), NOW);
        tender.submitBid("b2", lotBid(cleaning, "18000"), MARCO, f.standings(), NOW);
        tender.closeEarly(Fixtures.OPERATOR, NOW);
        tender.award("b1", "best kitchen", Fixtures.OPERATOR, f.standings(), NOW);
        tender.award("b2", "only bid, fair price", Fixtures.OPERATOR, f.standings(), NOW);

        tender.complete(canteen, true, Fixtures.OPERATOR, NOW);
        assertThat(tender.status()).isEqualTo(CommissionStatus.AWARDED);
        forbidden("NOT_A_PARTY", () -> tender.review("r0", null, 5, null, MARCO, NOW));
        tender.complete(cleaning, false, Fixtures.OPERATOR, NOW);

        assertThat(tender.status()).isEqualTo(CommissionStatus.COMPLETED);
        assertThat(tender.review("r1", null, 4, null, AMINA, NOW).revieweeMemberId()).isEqualTo(Commission.CONSORTIUM);
        assertThat(tender.review("r2", Fixtures.MARCO_ID, 3, "late by two days", Fixtures.OPERATOR, NOW).reviewerMemberId())
                .isEqualTo(Commission.CONSORTIUM);
    }

    @Test
    void operatorsCannotBidOnTheConsortiumsOwnTender() {
        forbidden("OWN_COMMISSION", () -> tender.submitBid("b1", lotBid(canteen, "1"),
                new Actor("user-op", Fixtures.AMINA_ID, true), f.standings(), NOW));
    }
}
