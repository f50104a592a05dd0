package org.isec.marketplace.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isec.marketplace.domain.Fixtures.BUYER;
import static org.isec.marketplace.domain.Fixtures.NOW;
import static org.isec.marketplace.domain.Fixtures.catering;
import static org.isec.marketplace.domain.Fixtures.eur;
import static org.isec.marketplace.domain.Problems.invalid;

import java.math.BigDecimal;
import java.util.List;
import org.isec.contracts.marketplace.CommissionPublished;
import org.junit.jupiter.api.Test;

class PublishingTest {

    private final Fixtures f = new Fixtures();

    private NewCommission with(java.util.function.UnaryOperator<NewCommission> change) {
        return change.apply(catering());
    }

    private void publish(NewCommission draft) {
        Commission.publish("c1", draft, BUYER, false, f.standings(), NOW);
    }

    @Test
    void aValidCommissionOpensAndIsAnnounced() {
        Commission c = f.published(catering());

        assertThat(c.status()).isEqualTo(CommissionStatus.OPEN);
        assertThat(c.buyerMemberId()).isEqualTo(Fixtures.BUYER_ID);
        assertThat(c.lots()).singleElement().satisfies(l -> assertThat(l.id()).isNull());
        CommissionPublished event = Fixtures.events(c, CommissionPublished.class).getFirst();
        assertThat(event.buyerMemberId()).isEqualTo(Fixtures.BUYER_ID);
        assertThat(event.budget().min()).isEqualByComparingTo("2500.00");
        assertThat(event.requiredCapabilities()).containsExactly("catering", "halal food");
        assertThat(event.lots()).isEmpty();
        assertThat(event.consortiumTender()).isFalse();
    }

    @Test
    void budgetMinimumMustNotExceedMaximum() {
        invalid("budget.min", () -> publish(with(c -> new NewCommission(c.title(), c.description(), c.category(),
                c.requiredCapabilities(), c.region(), c.province(), eur("5000", "4000"), c.bidDeadline(), c.languages(),
                c.visibility(), null, null))));
    }

    @Test
    void budgetIsExactMoneyInARealCurrency() {
        invalid("budget.currency", () -> publish(with(c -> new NewCommission(c.title(), c.description(), c.category(),
                c.requiredCapabilities(), c.region(), c.province(), new Budget(BigDecimal.ONE, BigDecimal.TEN, "EURO"),
                c.bidDeadline(), c.languages(), c.visibility(), null, null))));
        invalid("budget.max", () -> publish(with(c -> new NewCommission(c.title(), c.description(), c.category(),
                c.requiredCapabilities(), c.region(), c.province(), eur("1", "10.005"), c.bidDeadline(), c.languages(),
                c.visibility(), null, null))));
    }

    @Test
    void deadlineMustBeInTheFuture() {
        invalid("bidDeadline", () -> publish(with(c -> new NewCommission(c.title(), c.description(), c.category(),
                c.requiredCapabilities(), c.region(), c.province(), c.budget(), NOW, c.languages(), c.visibility(), null, null))));
    }

    @Test
    void categoryMustBeAnAtecoCode() {
        invalid("category", () -> publish(with(c -> new NewCommission(c.title(), c.description(), "food",
                c.requiredCapabilities(), c.region(), c.province(), c.budget(), c.bidDeadline(), c.languages(), c.visibility(), null, null))));
    }

    @Test
    void invitationsNameActiveMembersOtherThanTheBuyer() {
        invalid("invitedMemberIds", () -> publish(with(c -> new NewCommission(c.title(), c.description(), c.category(),
                c.requiredCapabilities(), c.region(), c.province(), c.budget(), c.bidDeadline(), c.languages(),
                Visibility.INVITED, List.of(), null))));
        invalid("invitedMemberIds[1]", () -> publish(with(c -> new NewCommission(c.title(), c.description(), c.category(),
                c.requiredCapabilities(), c.region(), c.province(), c.budget(), c.bidDeadline(), c.languages(),
                Visibility.INVITED, List.of(Fixtures.AMINA_ID, Fixtures.STRANGER_ID), null))));
        invalid("invitedMemberIds[0]", () -> publish(with(c -> new NewCommission(c.title(), c.description(), c.category(),
                c.requiredCapabilities(), c.region(), c.province(), c.budget(), c.bidDeadline(), c.languages(),
                Visibility.INVITED, List.of(Fixtures.BUYER_ID), null))));
    }

    @Test
    void lotBudgetsAreInTheCommissionsCurrency() {
        invalid("lots[0].budget.currency", () -> publish(with(c -> new NewCommission(c.title(), c.description(), c.category(),
                c.requiredCapabilities(), c.region(), c.province(), c.budget(), c.bidDeadline(), c.languages(), c.visibility(), null,
                List.of(new NewLot("Lunch", List.of("catering"), new Budget(BigDecimal.ONE, BigDecimal.TEN, "USD")))))));
    }

    @Test
    void onlyInvitedMembersSeeAnInvitationOnlyCommission() {
        Commission c = f.published(with(d -> new NewCommission(d.title(), d.description(), d.category(),
                d.requiredCapabilities(), d.region(), d.province(), d.budget(), d.bidDeadline(), d.languages(),
                Visibility.INVITED, List.of(Fixtures.AMINA_ID), null)));

        assertThat(c.visibleTo(Fixtures.AMINA)).isTrue();
        assertThat(c.visibleTo(Fixtures.MARCO)).isFalse();
        assertThat(c.visibleTo(Fixtures.OPERATOR)).isTrue();
        assertThat(c.visibleTo(BUYER)).isTrue();
    }
}
