package org.isec.marketplace.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isec.marketplace.domain.Fixtures.AMINA;
import static org.isec.marketplace.domain.Fixtures.BUYER;
import static org.isec.marketplace.domain.Fixtures.LI;
import static org.isec.marketplace.domain.Fixtures.MARCO;
import static org.isec.marketplace.domain.Fixtures.NOW;
import static org.isec.marketplace.domain.Fixtures.catering;
import static org.isec.marketplace.domain.Problems.conflict;
import static org.isec.marketplace.domain.Problems.invalid;

import java.math.BigDecimal;
import java.util.List;
import org.isec.contracts.marketplace.BidSubmitted;
import org.junit.jupiter.api.Test;

class JointBidTest {

    private final Fixtures f = new Fixtures();
    private final Commission c = f.published(catering());

    private static NewBid joint(Integer leadShare, NewBid.PartnerShare... partners) {
        return new NewBid(null, new BigDecimal("3600.00"), "EUR", 15, "Kitchen by Amina, service staff by Marco.",
                leadShare, List.of(partners));
    }

    private static NewBid.PartnerShare share(String member, int share) {
        return new NewBid.PartnerShare(member, share);
    }

    @Test
    void aJointBidCountsOnlyOnceEveryPartnerConfirmed() {
        Bid bid = c.submitBid("b1", joint(50, share(Fixtures.MARCO_ID, 30), share(Fixtures.LI_ID, 20)), AMINA, f.standings(), NOW);

        assertThat(bid.status()).isEqualTo(BidStatus.AWAITING_PARTNERS);
        assertThat(c.bidsVisibleTo(BUYER)).isEmpty();
        assertThat(c.bidsVisibleTo(MARCO)).containsExactly(bid);

        c.confirmPartnership("b1", MARCO, NOW);
        assertThat(Fixtures.events(c, BidSubmitted.class)).isEmpty();
        c.confirmPartnership("b1", LI, NOW);

        assertThat(bid.status()).isEqualTo(BidStatus.LIVE);
        assertThat(c.bidsVisibleTo(BUYER)).containsExactly(bid);
        assertThat(Fixtures.events(c, BidSubmitted.class)).singleElement()
                .satisfies(e -> assertThat(e.partnerMemberIds()).containsExactly(Fixtures.MARCO_ID, Fixtures.LI_ID));
    }

    @Test
    void workSharesMustSumToAHundred() {
        invalid("partners", () -> c.submitBid("b1", joint(50, share(Fixtures.MARCO_ID, 30)), AMINA, f.standings(), NOW));
        invalid("leadShare", () -> c.submitBid("b1", joint(null, share(Fixtures.MARCO_ID, 100)), AMINA, f.standings(), NOW));
    }

    @Test
    void everyPartnerMustBeAnActiveMember() {
        f.suspend(Fixtures.MARCO_ID);

        invalid("partners[0].memberId", () -> c.submitBid("b1", joint(50, share(Fixtures.MARCO_ID, 50)), AMINA, f.standings(), NOW));
        invalid("partners[0].memberId", () -> c.submitBid("b1", joint(50, share(Fixtures.STRANGER_ID, 50)), AMINA, f.standings(), NOW));
    }

    @Test
    void theBuyerCannotBeAPartner() {
        invalid("partners[0].memberId", () -> c.submitBid("b1", joint(50, share(Fixtures.BUYER_ID, 50)), AMINA, f.standings(), NOW));
    }

    @Test
    void aPartnerAlreadyBiddingOnTheLotCannotJoinAnotherBid() {
        f.bidOn(c, MARCO, "3300");

        conflict("DUPLICATE_BID", () -> c.submitBid("b1", joint(50, share(Fixtures.MARCO_ID, 50)), AMINA, f.standings(), NOW));
    }

    @Test
    void aPartnerMayDeclineAndTheBidNeverCounts() {
        Bid bid = c.submitBid("b1", joint(50, share(Fixtures.MARCO_ID, 50)), AMINA, f.standings(), NOW);

        c.declinePartnership("b1", MARCO);

        assertThat(bid.status()).isEqualTo(BidStatus.DECLINED);
        conflict("ALREADY_CONFIRMED", () -> c.confirmPartnership("b1", MARCO, NOW));
        assertThat(f.bidOn(c, AMINA, "3000").status()).isEqualTo(BidStatus.LIVE);
    }
}
