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

import org.junit.jupiter.api.Test;

class SuspensionTest {

    private final Fixtures f = new Fixtures();
    private final Commission c = f.published(catering());

    @Test
    void aSuspendedBuyersCommissionIsHiddenAndFrozenUntilReinstated() {
        f.bidOn(c, AMINA, "3200");
        f.suspend(Fixtures.BUYER_ID);

        assertThat(c.reflectStandings(f.standings())).isTrue();

        assertThat(c.visibleTo(MARCO)).isFalse();
        assertThat(c.visibleTo(AMINA)).as("a bidder keeps seeing what it bid on").isTrue();
        forbidden("COMMISSION_FROZEN", () -> f.bidOn(c, MARCO, "3000"));
        forbidden("COMMISSION_FROZEN", () -> c.closeEarly(BUYER, NOW));

        f.reinstate(Fixtures.BUYER_ID);
        assertThat(c.reflectStandings(f.standings())).isTrue();
        assertThat(c.visibleTo(MARCO)).isTrue();
        assertThat(f.bidOn(c, MARCO, "3000").status()).isEqualTo(BidStatus.LIVE);
    }

    @Test
    void aSuspendedBiddersBidIsHiddenFromTheBuyerAndCannotWin() {
        Bid amina = f.bidOn(c, AMINA, "3200");
        Bid marco = f.bidOn(c, MARCO, "3500");
        f.suspend(Fixtures.AMINA_ID);
        c.reflectStandings(f.standings());

        assertThat(c.bidsVisibleTo(BUYER)).containsExactly(marco);
        c.closeEarly(BUYER, NOW);
        conflict("BID_NOT_AWARDABLE", () -> c.award(amina.id(), "cheapest", BUYER, f.standings(), NOW));

        f.reinstate(Fixtures.AMINA_ID);
        c.reflectStandings(f.standings());
        assertThat(c.bidsVisibleTo(BUYER)).containsExactly(amina, marco);
    }

    @Test
    void reflectingAnUnchangedStandingChangesNothing() {
        f.bidOn(c, AMINA, "3200");

        assertThat(c.reflectStandings(f.standings())).isFalse();
        assertThat(c.visibleTo(LI)).isTrue();
    }
}
