package org.isec.marketplace.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.hamcrest.Matchers;
import org.isec.contracts.membership.MemberSuspended;
import org.isec.marketplace.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Suspension in membership reaches the marketplace through the event alone, and reinstatement reverses it. */
class SuspensionTest extends IntegrationTest {

    @Test
    void aSuspendedMemberIsRefusedWithTheReasonAndItsCommissionsAndBidsAreHiddenUntilReinstated() throws Exception {
        Trader amina = caterer("Amina", "MI", List.of("catering", "halal food"));
        Trader marco = caterer("Marco", "MI", List.of("catering"));
        Trader buyer = member("Buyer", List.of("94.99.90"), "Lombardia", "MI", List.of("it"), List.of("events"));
        String aminasCommission = publish(amina, cateringBody(tag()));
        String buyersCommission = publish(buyer, cateringBody(tag()));
        String aminasBid = bid(amina, buyersCommission, "3000");
        bid(marco, buyersCommission, "3100");

        membership.suspended(amina.memberId(), MemberSuspended.ETHICS_SUSPENSION, "Breach of principle 4 under review");

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                postJson("/api/marketplace/commissions/{id}/bids", as(amina), "{\"price\": 1, \"deliveryDays\": 1}", buyersCommission)
                        .andExpect(status().isForbidden())
                        .andExpect(jsonPath("$.code").value("MEMBER_SUSPENDED"))
                        .andExpect(jsonPath("$.detail", Matchers.containsString("Breach of principle 4 under review"))));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/api/marketplace/commissions/{id}", aminasCommission).with(as(marco))).andExpect(status().isNotFound()));
        mvc.perform(get("/api/marketplace/commissions/{id}/bids", buyersCommission).with(as(buyer)))
                .andExpect(jsonPath("$[*].id", Matchers.not(Matchers.hasItem(aminasBid))))
                .andExpect(jsonPath("$.length()").value(1));
        postJson("/api/marketplace/commissions", as(amina), cateringBody(tag()))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("MEMBER_SUSPENDED"));
        List<String> matched = read(mvc.perform(get("/api/marketplace/commissions/{id}/matches", buyersCommission).with(as(buyer))))
                .findValuesAsString("memberId");
        assertThat(matched).doesNotContain(amina.memberId());

        membership.reinstated(amina.memberId());

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/api/marketplace/commissions/{id}", aminasCommission).with(as(marco))).andExpect(status().isOk()));
        mvc.perform(get("/api/marketplace/commissions/{id}/bids", buyersCommission).with(as(buyer)))
                .andExpect(jsonPath("$[*].id", Matchers.hasItem(aminasBid)));
    }

    @Test
    void aLapsedCharterSuspendsTradingLikeAnyOtherSuspension() throws Exception {
        Trader li = caterer("Li", "MI", List.of("catering"));

        membership.suspended(li.memberId(), MemberSuspended.CHARTER_NOT_ACCEPTED, "Charter 2026.2 not accepted by the deadline");
        awaitStanding(li, false);

        postJson("/api/marketplace/commissions", as(li), cateringBody(tag()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("MEMBER_SUSPENDED"))
                .andExpect(jsonPath("$.detail", Matchers.containsString("CHARTER_NOT_ACCEPTED")));
    }
}
