package org.isec.systemtest.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.isec.systemtest.support.Expect.created;
import static org.isec.systemtest.support.Expect.ok;
import static org.isec.systemtest.support.Problems.assertProblem;
import static org.isec.systemtest.support.Problems.assertProblemCode;
import static org.isec.systemtest.support.Problems.assertProblemNaming;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.isec.systemtest.support.Api;
import org.isec.systemtest.support.ApiResponse;
import org.isec.systemtest.support.EventTap;
import org.isec.systemtest.support.Members;
import org.isec.systemtest.support.Members.Member;
import org.isec.systemtest.support.ProofLog;
import org.isec.systemtest.support.Samples;
import org.isec.systemtest.support.SystemTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Issue 4 through the gateway, beside the journey's happy path: bids stay sealed while bidding is open and the
 * award's reason reaches every bidder and no one else; every life-cycle rule is refused with its code or field;
 * the deadline closes or expires a commission; a consortium tender's lots go to different members; and of eight
 * concurrent awards of one lot exactly one wins.
 */
@SystemTest
class MarketplaceRulesTest {

    private static final String COMMISSIONS = "/api/marketplace/commissions/";
    private static final int SUPPLIERS = 8;
    private static final Set<String> AFTER_THE_DEADLINE = Set.of("DEADLINE_PASSED", "COMMISSION_NOT_OPEN");

    private static final String tag = UUID.randomUUID().toString().substring(0, 8);
    private static final String speciality = "marketplace-rules-" + tag;
    private static Member buyer;
    private static List<Member> suppliers;

    /** One buyer and eight suppliers for every test: each test trades on commissions of its own. */
    @BeforeAll
    static void membersJoin() {
        buyer = trading(Members.approved(Members.profile().legalName("Regole Committente " + tag + " S.r.l.")
                .atecoCodes("25.11.00").capabilities("metal structures").contact("Giulia", "it").languages("it")));
        suppliers = new ArrayList<>();
        for (int i = 1; i <= SUPPLIERS; i++) {
            suppliers.add(trading(Members.approved(Members.profile().legalName("Regole Fornitore " + i + " " + tag + " S.r.l.")
                    .atecoCodes("25.11.00").capabilities("metal structures", speciality).contact("Fornitore", "it").languages("it"))));
        }
    }

    @Test
    void bidsAreSealedWhileBiddingIsOpenAndTheAwardReasonReachesEveryBidderButNoOneElse() {
        Member solo = suppliers.get(0);
        Member lead = suppliers.get(1);
        Member partner = suppliers.get(2);
        Member outsider = suppliers.get(3);
        String commission = publish("Sealed bids");
        String soloBid = created(bid(solo, commission, 1200));
        ApiResponse joint = lead.api().post(COMMISSIONS + commission + "/bids", Map.of("price", 1100, "currency", "EUR",
                "deliveryDays", 12, "message", "Joint offer.", "leadShare", 70,
                "partners", List.of(Map.of("memberId", partner.memberId(), "share", 30))));
        String jointBid = created(joint);
        assertThat(joint.body().path("status").asString()).isEqualTo("AWAITING_PARTNERS");

        // Each bidder sees only its own bid; an outsider sees none; the buyer only bids that count.
        assertThat(bidIds(solo, commission)).containsExactly(soloBid);
        assertThat(bidIds(lead, commission)).containsExactly(jointBid);
        assertThat(bidIds(partner, commission)).as("a partner sees the joint bid it is asked to join").containsExactly(jointBid);
        assertThat(bidIds(outsider, commission)).isEmpty();
        assertThat(bidIds(buyer, commission)).as("a joint bid awaiting its partner does not count yet").containsExactly(soloBid);
        assertProblem(outsider.api().post(COMMISSIONS + commission + "/bids/" + soloBid + "/withdraw", Map.of()), 404);
        assertProblem(partner.api().post(COMMISSIONS + commission + "/bids/" + jointBid + "/withdraw", Map.of()), 404);

        ApiResponse confirmed = partner.api().post(COMMISSIONS + commission + "/bids/" + jointBid + "/confirm", Map.of());
        assertThat(confirmed.body().path("status").asString()).as("%s", confirmed).isEqualTo("LIVE");
        assertThat(bidIds(buyer, commission)).containsExactlyInAnyOrder(soloBid, jointBid);
        assertThat(bidIds(solo, commission)).as("still sealed for the other bidder").containsExactly(soloBid);

        // The award's reason is for everyone who bid, partners included, and for no one else.
        ok(buyer.api().post(COMMISSIONS + commission + "/close", Map.of()));
        String reason = "Faster delivery and a certified welder " + tag;
        ok(buyer.api().post(COMMISSIONS + commission + "/award", Map.of("bidId", soloBid, "reason", reason)));
        for (Member bidder : List.of(solo, lead, partner)) {
            JsonNode awards = view(bidder, commission).path("awards");
            assertThat(awards.size()).as("awards shown to %s", bidder.legalName()).isEqualTo(1);
            assertThat(awards.path(0).path("winnerMemberId").asString()).isEqualTo(solo.memberId());
            assertThat(awards.path(0).path("reason").asString()).isEqualTo(reason);
        }
        assertThat(view(outsider, commission).path("awards").size()).as("awards shown to an outsider").isZero();
        assertThat(bids(lead, commission).path(0).path("status").asString()).isEqualTo("NOT_AWARDED");
        assertThat(bids(solo, commission).path(0).path("status").asString()).isEqualTo("AWARDED");
    }

    @Test
    void biddingIsRefusedOnOnesOwnCommissionTwiceByOneSupplierWithABadPriceOrLotAndOnceClosed() {
        Member first = suppliers.get(0);
        Member second = suppliers.get(1);
        String commission = publish("Bidding refusals");
        String bids = COMMISSIONS + commission + "/bids";

        assertProblemCode(bid(buyer, commission, 1000), 403, "OWN_COMMISSION");
        assertProblemCode(Api.as("operator").post(bids, bidBody(1000)), 403, "NO_ORGANISATION");
        assertProblemNaming(bid(first, commission, 0), 422, "price");
        assertProblemNaming(bid(first, commission, -5), 422, "price");
        Map<String, Object> unknownLot = new LinkedHashMap<>(bidBody(1000));
        unknownLot.put("lotId", UUID.randomUUID().toString());
        assertProblemNaming(first.api().post(bids, unknownLot), 422, "lotId");
        assertProblemCode(buyer.api().post(COMMISSIONS + commission + "/close", Map.of()), 409, "NO_BIDS");

        String bid = created(bid(first, commission, 1000));
        assertProblemCode(bid(first, commission, 950), 409, "DUPLICATE_BID");
        assertProblemCode(second.api().post(bids, Map.of("price", 990, "currency", "EUR", "deliveryDays", 10, "message", "Joint.",
                "leadShare", 50, "partners", List.of(Map.of("memberId", first.memberId(), "share", 50)))), 409, "DUPLICATE_BID");
        assertProblemCode(buyer.api().post(COMMISSIONS + commission + "/award", Map.of("bidId", bid, "reason", "Too early.")), 409, "BIDDING_OPEN");
        assertProblemCode(first.api().post(COMMISSIONS + commission + "/close", Map.of()), 403, "NOT_THE_BUYER");
        assertProblemCode(first.api().get(COMMISSIONS + commission + "/matches"), 403, "NOT_THE_BUYER");

        assertThat(ok(buyer.api().post(COMMISSIONS + commission + "/close", Map.of())).path("status").asString()).isEqualTo("CLOSED");
        assertProblemCode(buyer.api().post(COMMISSIONS + commission + "/close", Map.of()), 409, "COMMISSION_NOT_OPEN");
        assertProblemCode(bid(second, commission, 900), 409, "COMMISSION_NOT_OPEN");
        assertProblemCode(first.api().post(bids + "/" + bid + "/withdraw", Map.of()), 409, "COMMISSION_NOT_OPEN");
        assertThat(bidIds(buyer, commission)).containsExactly(bid);
    }

    @Test
    void awardCompletionAndReviewsFollowTheLifeCycleAndAreForTheBuyerAndTheWinnerOnly() {
        Member winner = suppliers.get(0);
        Member loser = suppliers.get(1);
        String commission = publish("Award refusals");
        String other = publish("Another commission");
        String winning = created(bid(winner, commission, 1300));
        String losing = created(bid(loser, commission, 1400));
        String elsewhere = created(bid(suppliers.get(2), other, 1000));
        String path = COMMISSIONS + commission;

        assertProblemCode(buyer.api().post(path + "/complete", Map.of("onTime", true)), 409, "NOT_AWARDED");
        assertProblemCode(buyer.api().post(path + "/reviews", Map.of("rating", 5, "comment", "Too early.")), 403, "NOT_A_PARTY");
        ok(buyer.api().post(path + "/close", Map.of()));
        assertProblemCode(winner.api().post(path + "/award", Map.of("bidId", winning, "reason", "I pick myself.")), 403, "NOT_THE_BUYER");
        assertProblemNaming(buyer.api().post(path + "/award", Map.of("bidId", elsewhere, "reason", "A bid of another commission.")), 422, "bidId");
        assertProblemNaming(buyer.api().post(path + "/award", Map.of("bidId", winning)), 400, "reason");

        JsonNode awarded = ok(buyer.api().post(path + "/award", Map.of("bidId", winning, "reason", "Best price " + tag)));
        assertThat(awarded.path("status").asString()).isEqualTo("AWARDED");
        assertProblemCode(buyer.api().post(path + "/award", Map.of("bidId", losing, "reason", "Changed my mind.")), 409, "NOT_AWARDABLE");
        assertProblemCode(buyer.api().post(path + "/cancel", Map.of("reason", "Too late to cancel.")), 409, "NOT_CANCELLABLE");
        assertProblemCode(winner.api().post(path + "/reviews", Map.of("rating", 4, "comment", "Not delivered yet.")), 403, "NOT_A_PARTY");
        assertProblemCode(winner.api().post(path + "/complete", Map.of("onTime", true)), 403, "NOT_THE_BUYER");

        assertThat(ok(buyer.api().post(path + "/complete", Map.of("onTime", true))).path("status").asString()).isEqualTo("COMPLETED");
        assertProblemCode(buyer.api().post(path + "/complete", Map.of("onTime", true)), 409, "NOT_AWARDED");
        assertProblemCode(loser.api().post(path + "/reviews", Map.of("rating", 1, "comment", "I lost.")), 403, "NOT_A_PARTY");
        assertProblemNaming(buyer.api().post(path + "/reviews", Map.of("rating", 6, "comment", "Off the scale.")), 422, "rating");
        assertThat(buyer.api().post(path + "/reviews", Map.of("rating", 5, "comment", "On time.")).status()).isEqualTo(201);
        assertProblemCode(buyer.api().post(path + "/reviews", Map.of("rating", 1, "comment", "Once more.")), 409, "ALREADY_REVIEWED");
        assertThat(winner.api().post(path + "/reviews", Map.of("rating", 4, "comment", "Clear brief.")).status()).isEqualTo(201);
        assertProblemCode(winner.api().post(path + "/reviews", Map.of("rating", 5, "comment", "Once more.")), 409, "ALREADY_REVIEWED");

        JsonNode reviews = winner.api().get(path + "/reviews").body();
        assertThat(reviews.values()).extracting(r -> r.path("reviewerMemberId").asString() + "→" + r.path("revieweeMemberId").asString())
                .containsExactlyInAnyOrder(buyer.memberId() + "→" + winner.memberId(), winner.memberId() + "→" + buyer.memberId());
    }

    @Test
    void atTheDeadlineBiddingEndsAndACommissionClosesOrWithNoBidExpires() {
        Member early = suppliers.get(0);
        Member late = suppliers.get(1);
        Instant deadline = Instant.now().plusSeconds(8);
        String withBid = publish("Deadline with a bid", deadline);
        String withoutBid = publish("Deadline without bids", deadline);
        String bid = created(bid(early, withBid, 1000));

        await("the bid deadline").atMost(Duration.ofSeconds(30)).until(() -> Instant.now().isAfter(deadline.plusSeconds(1)));
        refusedWithOneOf(bid(late, withBid, 900), AFTER_THE_DEADLINE);
        refusedWithOneOf(bid(late, withoutBid, 900), AFTER_THE_DEADLINE);
        refusedWithOneOf(early.api().post(COMMISSIONS + withBid + "/bids/" + bid + "/withdraw", Map.of()), AFTER_THE_DEADLINE);

        await("the deadline check").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(view(buyer, withBid).path("status").asString()).isEqualTo("CLOSED");
            assertThat(view(buyer, withoutBid).path("status").asString()).isEqualTo("EXPIRED");
        });
        // Closed by its deadline, it is awarded without closing it by hand.
        JsonNode awarded = ok(buyer.api().post(COMMISSIONS + withBid + "/award", Map.of("bidId", bid, "reason", "The only bid.")));
        assertThat(awarded.path("status").asString()).isEqualTo("AWARDED");
        assertProblemCode(buyer.api().post(COMMISSIONS + withoutBid + "/close", Map.of()), 409, "COMMISSION_NOT_OPEN");
    }

    @Test
    void aConsortiumTenderIsSplitInLotsAndEachLotGoesToADifferentMember() {
        Member kitchen = suppliers.get(0);
        Member staff = suppliers.get(1);
        Member runnerUp = suppliers.get(2);
        Api operator = Api.as("operator");
        Map<String, Object> tender = new LinkedHashMap<>(Samples.commission("Public contract " + tag + " (consortium tender)",
                List.of(speciality)));

        assertProblem(kitchen.api().post("/api/marketplace/admin/tenders", tender), 403);
        assertProblemNaming(operator.post("/api/marketplace/admin/tenders", tender), 422, "lots");
        tender.put("lots", List.of(
                Map.of("title", "Lot 1: structures", "requiredCapabilities", List.of(speciality),
                        "budget", Map.of("min", 500, "max", 900, "currency", "EUR")),
                Map.of("title", "Lot 2: installation", "requiredCapabilities", List.of("metal structures"),
                        "budget", Map.of("min", 300, "max", 600, "currency", "EUR"))));
        ApiResponse published = operator.post("/api/marketplace/admin/tenders", tender);
        assertThat(published.status()).as("%s", published).isEqualTo(201);
        JsonNode view = published.body();
        assertThat(view.path("consortiumTender").asBoolean()).isTrue();
        assertThat(view.hasNonNull("buyerMemberId")).as("the consortium is the buyer, not a member").isFalse();
        assertThat(view.path("lots").size()).isEqualTo(2);
        String commission = view.path("id").asString();
        String lot1 = view.path("lots").path(0).path("id").asString();
        String lot2 = view.path("lots").path(1).path("id").asString();

        assertProblemNaming(bid(kitchen, commission, 800), 422, "lotId");
        String kitchenBid = created(bidOnLot(kitchen, commission, lot1, 800));
        String runnerUpBid = created(bidOnLot(runnerUp, commission, lot1, 850));
        String staffBid = created(bidOnLot(staff, commission, lot2, 550));
        assertProblemCode(kitchen.api().post(COMMISSIONS + commission + "/award", Map.of("bidId", kitchenBid, "reason", "Mine.")), 403, "NOT_THE_BUYER");
        ok(operator.post(COMMISSIONS + commission + "/close", Map.of()));

        JsonNode afterFirst = ok(operator.post(COMMISSIONS + commission + "/award",
                Map.of("bidId", kitchenBid, "reason", "Lot 1: lowest price " + tag)));
        assertThat(afterFirst.path("status").asString()).as("lot 2 still waits").isEqualTo("CLOSED");
        assertProblemCode(operator.post(COMMISSIONS + commission + "/award", Map.of("bidId", runnerUpBid, "reason", "Second thoughts.")),
                409, "LOT_ALREADY_AWARDED");
        JsonNode afterSecond = ok(operator.post(COMMISSIONS + commission + "/award",
                Map.of("bidId", staffBid, "reason", "Lot 2: the only installer " + tag)));
        assertThat(afterSecond.path("status").asString()).isEqualTo("AWARDED");

        Map<String, String> winners = Map.of(lot1, kitchen.memberId(), lot2, staff.memberId());
        for (JsonNode seen : List.of(operator.get(COMMISSIONS + commission).body(), view(runnerUp, commission))) {
            assertThat(seen.path("awards").values()).extracting(a -> a.path("lotId").asString(), a -> a.path("winnerMemberId").asString())
                    .containsExactlyInAnyOrder(tuple(lot1, winners.get(lot1)),
                            tuple(lot2, winners.get(lot2)));
            assertThat(seen.path("awards").findValuesAsString("reason"))
                    .containsExactlyInAnyOrder("Lot 1: lowest price " + tag, "Lot 2: the only installer " + tag);
        }

        // Each lot is delivered on its own; the tender is complete when both are.
        JsonNode oneDone = ok(operator.post(COMMISSIONS + commission + "/complete", Map.of("onTime", true, "lotId", lot1)));
        assertThat(oneDone.path("status").asString()).isEqualTo("AWARDED");
        JsonNode bothDone = ok(operator.post(COMMISSIONS + commission + "/complete", Map.of("onTime", false, "lotId", lot2)));
        assertThat(bothDone.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(bothDone.path("awards").values()).extracting(a -> a.path("lotId").asString(), a -> a.path("onTime").asBoolean())
                .containsExactlyInAnyOrder(tuple(lot1, true), tuple(lot2, false));
    }

    @Test
    void ofEightConcurrentAwardsOfOneLotExactlyOneWins() throws Exception {
        String commission = publish("Concurrent awards");
        List<String> bids = new ArrayList<>();
        for (int i = 0; i < suppliers.size(); i++) {
            bids.add(created(bid(suppliers.get(i), commission, 1000 + 10 * i)));
        }
        ok(buyer.api().post(COMMISSIONS + commission + "/close", Map.of()));

        try (EventTap events = EventTap.open()) {
            Map<String, ApiResponse> answers = awardAllAtOnce(commission, bids);

            List<String> winners = answers.entrySet().stream().filter(a -> a.getValue().status() == 200).map(Map.Entry::getKey).toList();
            assertThat(winners).as("awards that succeeded: %s", answers.values()).hasSize(1);
            String winner = winners.getFirst();
            answers.forEach((bid, answer) -> {
                if (!bid.equals(winner)) {
                    refusedWithOneOf(answer, Set.of("CONCURRENT_MODIFICATION", "NOT_AWARDABLE", "LOT_ALREADY_AWARDED"));
                }
            });
            JsonNode seen = view(buyer, commission);
            assertThat(seen.path("status").asString()).isEqualTo("AWARDED");
            assertThat(seen.path("awards").findValuesAsString("bidId")).containsExactly(winner);
            List<String> statuses = bids(buyer, commission).values().stream().map(b -> b.path("status").asString()).toList();
            assertThat(statuses).containsOnly("AWARDED", "NOT_AWARDED").containsOnlyOnce("AWARDED");

            // Completion is the commission's next event: once it is out, any second award would have been too.
            events.awaitEvent("isec.marketplace.CommissionAwarded", commission);
            ok(buyer.api().post(COMMISSIONS + commission + "/complete", Map.of("onTime", true)));
            events.awaitEvent("isec.marketplace.CommissionCompleted", commission);
            var awardEvents = events.events(e -> "isec.marketplace.CommissionAwarded".equals(e.type()) && commission.equals(e.subject()));
            assertThat(awardEvents).hasSize(1);
            ProofLog.record("fault", "Eight awards of one lot sent at the same instant by its buyer", answers.size(),
                    "exactly one award; the others 409 problem+json; one CommissionAwarded",
                    Map.of("awarded", winners.size(), "refused", answers.size() - winners.size(), "award events", awardEvents.size()));
        }
    }

    // --- the calls --------------------------------------------------------------------------------------------

    /** Sends one award per bid from as many threads, all released together; answers by bid id. */
    private static Map<String, ApiResponse> awardAllAtOnce(String commission, List<String> bids) throws Exception {
        Api asBuyer = buyer.api();
        CountDownLatch ready = new CountDownLatch(bids.size());
        CountDownLatch go = new CountDownLatch(1);
        Map<String, Future<ApiResponse>> calls = new LinkedHashMap<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(bids.size())) {
            for (String bid : bids) {
                calls.put(bid, pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return Api.pastRateLimit("award of " + bid, () -> asBuyer.post(COMMISSIONS + commission + "/award",
                            Map.of("bidId", bid, "reason", "Concurrent award " + bid)));
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).as("every award thread ready").isTrue();
            go.countDown();
            Map<String, ApiResponse> answers = new LinkedHashMap<>();
            for (var call : calls.entrySet()) {
                answers.put(call.getKey(), call.getValue().get(60, TimeUnit.SECONDS));
            }
            return answers;
        }
    }

    private static String publish(String title) {
        return publish(Samples.commission(title + " " + tag + " " + UUID.randomUUID(), List.of(speciality)));
    }

    private static String publish(String title, Instant bidDeadline) {
        Map<String, Object> body = new LinkedHashMap<>(Samples.commission(title + " " + tag + " " + UUID.randomUUID(), List.of(speciality)));
        body.put("bidDeadline", bidDeadline.toString());
        return publish(body);
    }

    private static String publish(Map<String, Object> body) {
        return created(buyer.api().post("/api/marketplace/commissions", body));
    }

    private static Map<String, Object> bidBody(int price) {
        return Map.of("price", price, "currency", "EUR", "deliveryDays", 10, "message", "Offer of a system test.");
    }

    private static ApiResponse bid(Member supplier, String commission, int price) {
        return supplier.api().post(COMMISSIONS + commission + "/bids", bidBody(price));
    }

    private static ApiResponse bidOnLot(Member supplier, String commission, String lotId, int price) {
        Map<String, Object> body = new LinkedHashMap<>(bidBody(price));
        body.put("lotId", lotId);
        return supplier.api().post(COMMISSIONS + commission + "/bids", body);
    }

    private static JsonNode view(Member member, String commission) {
        return ok(member.api().get(COMMISSIONS + commission));
    }

    private static JsonNode bids(Member member, String commission) {
        return ok(member.api().get(COMMISSIONS + commission + "/bids"));
    }

    private static List<String> bidIds(Member member, String commission) {
        return bids(member, commission).values().stream().map(b -> b.path("id").asString()).toList();
    }

    // --- what came back ---------------------------------------------------------------------------------------

    /** A 409 problem with one of these codes (which one depends on timing the test cannot fix). */
    private static void refusedWithOneOf(ApiResponse answer, Set<String> codes) {
        JsonNode problem = assertProblem(answer, 409);
        assertThat(problem.path("code").asString("")).as("code of %s", answer).isIn(codes);
    }

    /** Waits until the marketplace has applied the member's approval, so it may trade. */
    private static Member trading(Member member) {
        await(member.legalName() + " known to the marketplace").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> Api.as("operator").get("/api/marketplace/members/" + member.memberId() + "/reputation").status() == 200);
        return member;
    }
}
