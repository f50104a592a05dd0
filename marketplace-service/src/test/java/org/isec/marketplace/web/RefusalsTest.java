package org.isec.marketplace.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import org.hamcrest.Matchers;
import org.isec.marketplace.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** Every refusal of the issue, as a client sees it: status, problem+json, and a code or the field at fault. */
class RefusalsTest extends IntegrationTest {

    private Trader buyer;
    private Trader amina;
    private Trader marco;

    @BeforeEach
    void members() {
        buyer = member("Cooperativa Buyer", List.of("94.99.90"), "Lombardia", "MI", List.of("it"), List.of("events"));
        amina = caterer("Amina Catering", "MI", List.of("catering", "halal food"));
        marco = caterer("Marco Catering", "MI", List.of("catering"));
    }

    private static void problem(ResultActions r, int status, String code) throws Exception {
        r.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value(code));
    }

    private static void invalid(ResultActions r, int status, String field) throws Exception {
        r.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItem(field)));
    }

    private ResultActions bidding(Trader bidder, String id, String body) throws Exception {
        return postJson("/api/marketplace/commissions/{id}/bids", as(bidder), body, id);
    }

    @Test
    void biddingOnOnesOwnCommission() throws Exception {
        String id = publish(buyer, cateringBody(tag()));

        problem(bidding(buyer, id, "{\"price\": 3000, \"deliveryDays\": 10}"), 403, "OWN_COMMISSION");
    }

    @Test
    void biddingAfterTheDeadline() throws Exception {
        String id = publish(buyer, cateringBody(tag()));
        clock.advance(Duration.ofDays(11));

        problem(bidding(amina, id, "{\"price\": 3000, \"deliveryDays\": 10}"), 409, "DEADLINE_PASSED");
    }

    @Test
    void biddingOnAClosedCommission() throws Exception {
        String id = publish(buyer, cateringBody(tag()));
        bid(amina, id, "3000");
        close(buyer, id);

        problem(bidding(marco, id, "{\"price\": 3000, \"deliveryDays\": 10}"), 409, "COMMISSION_NOT_OPEN");
    }

    @Test
    void nonPositivePriceUnknownLotAndMissingFields() throws Exception {
        String id = publish(buyer, cateringBody(tag()));

        invalid(bidding(amina, id, "{\"price\": 0, \"deliveryDays\": 10}"), 422, "price");
        invalid(bidding(amina, id, "{\"price\": -5, \"deliveryDays\": 10}"), 422, "price");
        invalid(bidding(amina, id, "{\"price\": 3000, \"deliveryDays\": 10, \"lotId\": \"no-such-lot\"}"), 422, "lotId");
        invalid(bidding(amina, id, "{\"deliveryDays\": 10}"), 400, "price");
        invalid(bidding(amina, id, "{\"price\": \"a lot\", \"deliveryDays\": 10}"), 400, "price");
    }

    @Test
    void aSecondLiveBidOnTheSameCommission() throws Exception {
        String id = publish(buyer, cateringBody(tag()));
        String first = bid(amina, id, "3000");

        problem(bidding(amina, id, "{\"price\": 2900, \"deliveryDays\": 10}"), 409, "DUPLICATE_BID");

        mvc.perform(post("/api/marketplace/commissions/{id}/bids/{bid}/withdraw", id, first).with(as(amina)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("WITHDRAWN"));
        events.await("BidWithdrawn", id);
        bid(amina, id, "2900");
    }

    @Test
    void jointBidsWithBadSharesOrInactivePartners() throws Exception {
        String id = publish(buyer, cateringBody(tag()));

        invalid(bidding(amina, id, """
                {"price": 3000, "deliveryDays": 10, "leadShare": 60, "partners": [{"memberId": "%s", "share": 30}]}"""
                .formatted(marco.memberId())), 422, "partners");
        invalid(bidding(amina, id, """
                {"price": 3000, "deliveryDays": 10, "leadShare": 60, "partners": [{"memberId": "%s", "share": 40}]}"""
                .formatted(java.util.UUID.randomUUID())), 422, "partners[0].memberId");
    }

    @Test
    void badCommissionsAreRefusedFieldByField() throws Exception {
        String body = cateringBody(tag());

        invalid(postJson("/api/marketplace/commissions", as(buyer), body.replace("\"min\": 2500.00", "\"min\": 5000.00")), 422, "budget.min");
        invalid(postJson("/api/marketplace/commissions", as(buyer), body.replace(inDays(10).toString(), clock.instant().minusSeconds(60).toString())), 422, "bidDeadline");
        invalid(postJson("/api/marketplace/commissions", as(buyer), body.replace("\"EUR\"", "\"EURO\"")), 422, "budget.currency");
        invalid(postJson("/api/marketplace/commissions", as(buyer), body.replace("\"56.21\"", "\"catering\"")), 422, "category");
        invalid(postJson("/api/marketplace/commissions", as(buyer), body.replace("\"title\": \"Catering", "\"title\": \"\", \"x\": \"")), 400, "title");
        invalid(postJson("/api/marketplace/commissions", as(buyer), body.replace("\"MEMBERS\"", "\"EVERYONE\"")), 400, "visibility");
        invalid(postJson("/api/marketplace/commissions", as(buyer), body.replace("2500.00", "2500.001")), 422, "budget.min");
    }

    @Test
    void awardingBeforeClosingByAnotherMemberTwiceOrWithoutReason() throws Exception {
        String id = publish(buyer, cateringBody(tag()));
        String aminaBid = bid(amina, id, "3000");
        String marcoBid = bid(marco, id, "3100");

        problem(award(as(buyer), id, aminaBid, "cheapest"), 409, "BIDDING_OPEN");
        close(buyer, id);
        problem(award(as(amina), id, aminaBid, "me"), 403, "NOT_THE_BUYER");
        invalid(award(as(buyer), id, aminaBid, ""), 400, "reason");
        award(as(buyer), id, aminaBid, "cheapest").andExpect(status().isOk());
        problem(award(as(buyer), id, marcoBid, "changed my mind"), 409, "NOT_AWARDABLE");
    }

    @Test
    void reviewsOnlyAfterCompletionOncePerPartyRatedOneToFive() throws Exception {
        String id = publish(buyer, cateringBody(tag()));
        String aminaBid = bid(amina, id, "3000");
        close(buyer, id);
        award(as(buyer), id, aminaBid, "only bid").andExpect(status().isOk());

        problem(postJson("/api/marketplace/commissions/{id}/reviews", as(buyer), "{\"rating\": 5}", id), 403, "NOT_A_PARTY");
        postJson("/api/marketplace/commissions/{id}/complete", as(buyer), "{\"onTime\": false}", id).andExpect(status().isOk());
        invalid(postJson("/api/marketplace/commissions/{id}/reviews", as(buyer), "{\"rating\": 6}", id), 422, "rating");
        postJson("/api/marketplace/commissions/{id}/reviews", as(buyer), "{\"rating\": 2}", id).andExpect(status().isCreated());
        problem(postJson("/api/marketplace/commissions/{id}/reviews", as(buyer), "{\"rating\": 3}", id), 409, "ALREADY_REVIEWED");
        problem(postJson("/api/marketplace/commissions/{id}/reviews", as(marco), "{\"rating\": 1}", id), 403, "NOT_A_PARTY");
    }

    @Test
    void cancellingIsForTheBuyerBeforeAward() throws Exception {
        String id = publish(buyer, cateringBody(tag()));
        bid(amina, id, "3000");

        problem(postJson("/api/marketplace/commissions/{id}/cancel", as(amina), "{}", id), 403, "NOT_THE_BUYER");
        postJson("/api/marketplace/commissions/{id}/cancel", as(buyer), "{\"reason\": \"Event postponed\"}", id)
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"));
        var cancelled = read(events.await("CommissionCancelled", id).json());
        org.assertj.core.api.Assertions.assertThat(cancelled.get("bidderMemberIds").toString()).contains(amina.memberId());
        problem(postJson("/api/marketplace/commissions/{id}/cancel", as(buyer), "{}", id), 409, "NOT_CANCELLABLE");
    }

    @Test
    void anInvitationOnlyCommissionDoesNotExistForOthers() throws Exception {
        String body = cateringBody(tag()).replace("\"visibility\": \"MEMBERS\"",
                "\"visibility\": \"INVITED\", \"invitedMemberIds\": [\"%s\"]".formatted(amina.memberId()));
        String id = publish(buyer, body);

        mvc.perform(get("/api/marketplace/commissions/{id}", id).with(as(amina))).andExpect(status().isOk());
        mvc.perform(get("/api/marketplace/commissions/{id}", id).with(as(marco)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/marketplace/commissions/{id}/bids", id).with(as(marco))).andExpect(status().isNotFound());
        bidding(marco, id, "{\"price\": 3000, \"deliveryDays\": 10}").andExpect(status().isNotFound());
        mvc.perform(get("/api/marketplace/commissions/{id}", "no-such-commission").with(as(marco))).andExpect(status().isNotFound());
    }

    @Test
    void aMemberUnknownToMarketplaceOrWithoutOrganisationCannotTrade() throws Exception {
        Trader stranger = new Trader(java.util.UUID.randomUUID().toString(), "u", "stranger");
        problem(postJson("/api/marketplace/commissions", as(stranger), cateringBody(tag())), 403, "NOT_A_MEMBER");
        problem(postJson("/api/marketplace/commissions", operator(), cateringBody(tag())), 403, "NO_ORGANISATION");
        mvc.perform(post("/api/marketplace/commissions").contentType(MediaType.APPLICATION_JSON).content(cateringBody(tag())))
                .andExpect(status().isUnauthorized());
    }
}
