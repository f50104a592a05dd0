package org.isec.marketplace.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.isec.contracts.marketplace.BidSubmitted;
import org.isec.contracts.marketplace.BidWithdrawn;
import org.isec.contracts.marketplace.CommissionAwarded;
import org.isec.contracts.marketplace.CommissionCancelled;
import org.isec.contracts.marketplace.CommissionCompleted;
import org.isec.contracts.marketplace.CommissionPublished;
import org.isec.contracts.marketplace.ReviewSubmitted;
import org.isec.contracts.marketplace.SupplierMatch;
import org.isec.contracts.marketplace.SuppliersMatched;
import org.isec.defaults.outbox.AggregateRoot;
import org.isec.defaults.problem.ConflictException;
import org.isec.defaults.problem.ForbiddenException;
import org.isec.defaults.problem.InvalidInputException;
import org.isec.defaults.problem.NotFoundException;
import org.isec.marketplace.domain.matching.AtecoCode;
import org.isec.marketplace.domain.matching.Match;
import org.isec.marketplace.domain.matching.Terms;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A commission (commessa) with its lots, bids and reviews in one document, so every rule that spans them — one
 * live bid per supplier and lot, one award per lot, one review per party — is decided on one consistent state
 * and saved in one optimistic-locked write: of two concurrent awards of a lot, exactly one saves.
 */
@Document("commissions")
public class Commission extends AggregateRoot {

    /**
     * Stands for the consortium where an event needs a member id for the buyer of a tender (a review of it, or
     * by it): the nil UUID, which no member ever has.
     */
    public static final String CONSORTIUM = "00000000-0000-0000-0000-000000000000";

    @Id
    private String id;
    private String buyerMemberId;
    private boolean consortiumTender;
    private String publishedBy;
    private String title;
    private String description;
    private String category;
    private List<String> requiredCapabilities;
    private String region;
    private String province;
    private List<String> languages;
    private Budget budget;
    private Instant bidDeadline;
    private Visibility visibility;
    private List<String> invitedMemberIds;
    private List<Lot> lots;
    private List<Bid> bids = new ArrayList<>();
    private List<Review> reviews = new ArrayList<>();
    private CommissionStatus status;
    private boolean frozen;
    private String cancelReason;
    private Instant publishedAt;
    private Instant closedAt;
    private Instant endedAt;
    // Normalised copies for listing filters: the wire Mongo server has no text search and ignores plain indexes.
    private String categoryDigits;
    private String regionKey;
    private Set<String> capabilityKeys;

    Commission() {
    }

    /**
     * Publishes a commission for {@code actor}'s organisation or, for a tender, for the consortium (operators only).
     */
    public static Commission publish(String id, NewCommission draft, Actor actor, boolean tender, Standings standings, Instant now) {
        String buyer = tender ? null : actor.memberId();
        CommissionRules.check(draft, tender, standings, buyer, now);
        Commission c = new Commission();
        c.id = id;
        c.buyerMemberId = buyer;
        c.consortiumTender = tender;
        c.publishedBy = actor.userId();
        c.title = draft.title().strip();
        c.description = draft.description().strip();
        c.category = draft.category().strip();
        c.requiredCapabilities = List.copyOf(Terms.terms(draft.requiredCapabilities()));
        c.region = draft.region().strip();
        c.province = draft.province();
        c.languages = List.copyOf(Terms.languages(draft.languages()));
        c.budget = draft.budget();
        c.bidDeadline = draft.bidDeadline();
        c.visibility = draft.visibility() == null ? Visibility.MEMBERS : draft.visibility();
        c.invitedMemberIds = draft.invitedMemberIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(draft.invitedMemberIds()));
        c.lots = new ArrayList<>();
        if (draft.lots() == null || draft.lots().isEmpty()) {
            c.lots.add(new Lot(null, c.title, c.requiredCapabilities, c.budget));
        } else {
            for (int i = 0; i < draft.lots().size(); i++) {
                NewLot l = draft.lots().get(i);
                c.lots.add(new Lot(UUID.randomUUID().toString(), l.title().strip(), List.copyOf(Terms.terms(l.requiredCapabilities())), l.budget()));
            }
        }
        c.status = CommissionStatus.OPEN;
        c.publishedAt = now;
        c.categoryDigits = AtecoCode.digits(c.category);
        c.regionKey = Terms.term(c.region);
        c.capabilityKeys = new LinkedHashSet<>(c.requiredCapabilities);
        c.lots.forEach(l -> c.capabilityKeys.addAll(l.requiredCapabilities()));
        c.raise(new CommissionPublished(id, buyer, tender, c.title, c.description, c.category, c.requiredCapabilities,
                c.region, c.province, c.languages, c.budget.toContract(), c.bidDeadline, c.visibility.name(),
                c.invitedMemberIds, c.namedLots().stream().map(Lot::toContract).toList(), now));
        return c;
    }

    /** Tells the best-ranked suppliers (never the buyer or an ineligible member: the engine excludes them). */
    public void suppliersMatched(List<Match> ranked, Instant now) {
        List<SupplierMatch> matches = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            matches.add(new SupplierMatch(ranked.get(i).memberId(), i + 1, ranked.get(i).score()));
        }
        raise(new SuppliersMatched(id, buyerMemberId, title, bidDeadline, matches, now));
    }

    // ---- who sees what

    public boolean isBuyer(Actor actor) {
        return consortiumTender ? actor.operator() : actor.isMember(buyerMemberId);
    }

    public boolean isParticipant(String memberId) {
        return bids.stream().anyMatch(b -> b.involves(memberId));
    }

    /** A commission someone may not see is answered 404, as if it did not exist. */
    public boolean visibleTo(Actor actor) {
        if (actor.operator() || isBuyer(actor) || isParticipant(actor.memberId())) {
            return true;
        }
        if (frozen || actor.memberId() == null) {
            return false;
        }
        return visibility == Visibility.MEMBERS || invitedMemberIds.contains(actor.memberId());
    }

    /** Bids are sealed: the buyer sees those that count, a bidder or partner only its own. */
    public List<Bid> bidsVisibleTo(Actor actor) {
        if (actor.operator() && !consortiumTender) {
            return List.copyOf(bids);
        }
        if (isBuyer(actor)) {
            return bids.stream().filter(b -> b.status().counted() && !b.frozen()).toList();
        }
        return bids.stream().filter(b -> b.involves(actor.memberId())).toList();
    }

    /** Award reasons are for the buyer, operators and everyone who bid: transparency among those involved. */
    public boolean seesAwards(Actor actor) {
        return actor.operator() || isBuyer(actor) || isParticipant(actor.memberId());
    }

    // ---- bidding

    public Bid submitBid(String bidId, NewBid draft, Actor actor, Standings standings, Instant now) {
        String lead = actor.memberId();
        if (isBuyer(actor) || lead.equals(buyerMemberId)) {
            throw new ForbiddenException("OWN_COMMISSION", "A buyer cannot bid on its own commission.");
        }
        requireOpenForBids(now);
        Optional<Lot> lot = lot(draft.lotId());
        BidRules.check(draft, budget.currency(), lot.isPresent(), lead, buyerMemberId, standings);
        String lotId = lot.orElseThrow().id();
        List<String> participants = new ArrayList<>();
        participants.add(lead);
        draft.partners().forEach(p -> participants.add(p.memberId()));
        for (String m : participants) {
            if (bids.stream().anyMatch(b -> b.onLot(lotId) && b.status().active() && b.involves(m))) {
                throw new ConflictException("DUPLICATE_BID", m.equals(lead)
                        ? "You already have a bid on this " + (lotId == null ? "commission" : "lot") + "; withdraw it first."
                        : "Partner " + m + " already takes part in a bid on this " + (lotId == null ? "commission" : "lot") + ".");
            }
        }
        List<Partner> partners = draft.partners().stream().map(p -> new Partner(p.memberId(), p.share(), null)).toList();
        int leadShare = partners.isEmpty() ? 100 : draft.leadShare();
        Bid bid = new Bid(bidId, lotId, lead, leadShare, partners, new Money(draft.price(), budget.currency()),
                draft.deliveryDays(), draft.message(), actor.userId(), now);
        bids.add(bid);
        if (bid.status() == BidStatus.LIVE) {
            raiseBidSubmitted(bid, now);
        }
        return bid;
    }

    public Bid confirmPartnership(String bidId, Actor actor, Instant now) {
        Bid bid = bidAsPartner(bidId, actor);
        if (bid.status() != BidStatus.AWAITING_PARTNERS || bid.confirmedBy(actor.memberId())) {
            throw new ConflictException("ALREADY_CONFIRMED", "This joint bid does not wait for your confirmation.");
        }
        requireOpenForBids(now);
        if (bid.confirm(actor.memberId(), now)) {
            raiseBidSubmitted(bid, now);
        }
        return bid;
    }

    public Bid declinePartnership(String bidId, Actor actor) {
        Bid bid = bidAsPartner(bidId, actor);
        if (bid.status() != BidStatus.AWAITING_PARTNERS) {
            throw new ConflictException("BID_NOT_PENDING", "Only a joint bid awaiting its partners can be declined.");
        }
        bid.decline();
        return bid;
    }

    public Bid withdrawBid(String bidId, Actor actor, Instant now) {
        Bid bid = bids.stream().filter(b -> b.id().equals(bidId) && b.bidderMemberId().equals(actor.memberId()))
                .findFirst().orElseThrow(() -> new NotFoundException("bid", bidId));
        if (!bid.status().active()) {
            throw new ConflictException("BID_NOT_ACTIVE", "The bid is " + bid.status() + " and cannot be withdrawn.");
        }
        requireOpenForBids(now);
        boolean wasLive = bid.status() == BidStatus.LIVE;
        bid.withdraw(now);
        if (wasLive) {
            raise(new BidWithdrawn(id, bid.id(), bid.lotId(), bid.bidderMemberId(), buyerMemberId, now));
        }
        return bid;
    }

    // ---- closing

    /** The buyer ends bidding before the deadline; with no live bid there is nothing to award, so cancel instead. */
    public void closeEarly(Actor actor, Instant now) {
        requireBuyer(actor);
        requireNotFrozen();
        if (status != CommissionStatus.OPEN) {
            throw new ConflictException("COMMISSION_NOT_OPEN", "The commission is " + status + ", not open.");
        }
        if (bids.stream().noneMatch(b -> b.status() == BidStatus.LIVE)) {
            throw new ConflictException("NO_BIDS", "There is no live bid to award; cancel the commission instead.");
        }
        close(now);
    }

    /** Returns true if the deadline moved the commission to CLOSED or EXPIRED. */
    public boolean closeAtDeadline(Instant now) {
        if (status != CommissionStatus.OPEN || now.isBefore(bidDeadline)) {
            return false;
        }
        if (bids.stream().anyMatch(b -> b.status() == BidStatus.LIVE)) {
            close(now);
        } else {
            status = CommissionStatus.EXPIRED;
            endedAt = now;
        }
        return true;
    }

    private void close(Instant now) {
        status = CommissionStatus.CLOSED;
        closedAt = now;
        bids.stream().filter(b -> b.status() == BidStatus.AWAITING_PARTNERS).forEach(Bid::decline);
    }

    // ---- award, completion, cancellation

    /**
     * Awards the lot of {@code bidId} to that bid. Never to the buyer's organisation, never to a bid whose members
     * cannot trade today, never twice per lot.
     */
    public LotAward award(String bidId, String reason, Actor actor, Standings standings, Instant now) {
        requireBuyer(actor);
        requireNotFrozen();
        closeAtDeadline(now);
        if (status == CommissionStatus.OPEN) {
            throw new ConflictException("BIDDING_OPEN", "Bidding is still open; close it or wait for the deadline.");
        }
        if (status != CommissionStatus.CLOSED) {
            throw new ConflictException("NOT_AWARDABLE", "The commission is " + status + ".");
        }
        Bid bid = bids.stream().filter(b -> b.id().equals(bidId)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("bidId", "is not a bid on this commission"));
        Lot lot = lot(bid.lotId()).orElseThrow();
        if (lot.awarded()) {
            throw new ConflictException("LOT_ALREADY_AWARDED", "This " + (lot.id() == null ? "commission" : "lot") + " is already awarded.");
        }
        if (bid.involves(buyerMemberId)) {
            throw new ConflictException("AWARD_TO_BUYER", "A commission is never awarded to the buyer's own organisation.");
        }
        if (!bid.awardable() || !bid.participantIds().stream().allMatch(standings::canTrade)) {
            throw new ConflictException("BID_NOT_AWARDABLE", "The bid is " + bid.status()
                    + (bid.frozen() ? " and frozen" : "") + "; only a live bid of members in good standing can win.");
        }
        if (reason == null || reason.isBlank() || reason.length() > 2_000) {
            throw InvalidInputException.of("reason", "is required (at most 2000 characters): every bidder will read it");
        }
        LotAward award = new LotAward(bid.id(), bid.bidderMemberId(), bid.partnerIds(), bid.price(), reason.strip(), actor.userId(), now);
        lot.award(award);
        bid.win();
        List<String> losers = new ArrayList<>();
        for (Bid other : bids) {
            if (other != bid && other.onLot(lot.id()) && other.status() == BidStatus.LIVE) {
                other.lose();
                losers.add(other.bidderMemberId());
            }
        }
        if (lots.stream().allMatch(l -> l.awarded() || bids.stream().noneMatch(b -> b.onLot(l.id()) && b.status().counted()))) {
            status = CommissionStatus.AWARDED;
        }
        raise(new CommissionAwarded(id, lot.id(), bid.id(), title, buyerMemberId, bid.bidderMemberId(), bid.partnerIds(),
                losers, bid.price().toContract(), award.reason(), now));
        return award;
    }

    /** The buyer confirms delivery of one lot, or of every awarded lot when {@code lotId} is null. */
    public List<Lot> complete(String lotId, boolean onTime, Actor actor, Instant now) {
        requireBuyer(actor);
        if (status != CommissionStatus.AWARDED) {
            throw new ConflictException("NOT_AWARDED", "Only an awarded commission can be completed; it is " + status + ".");
        }
        List<Lot> toComplete = lots.stream()
                .filter(l -> l.awarded() && !l.completed() && (lotId == null || Objects.equals(l.id(), lotId))).toList();
        if (toComplete.isEmpty()) {
            if (lotId != null && lot(lotId).isEmpty()) {
                throw InvalidInputException.of("lotId", "is not a lot of this commission");
            }
            throw new ConflictException("ALREADY_COMPLETED", "Nothing awarded is left to complete.");
        }
        for (Lot lot : toComplete) {
            lot.complete(new LotCompletion(onTime, actor.userId(), now));
            raise(new CommissionCompleted(id, lot.id(), title, buyerMemberId, lot.award().winnerMemberId(),
                    lot.award().partnerMemberIds(), onTime, now));
        }
        if (lots.stream().filter(Lot::awarded).allMatch(Lot::completed)) {
            status = CommissionStatus.COMPLETED;
            endedAt = now;
        }
        return toComplete;
    }

    public void cancel(String reason, Actor actor, Instant now) {
        requireBuyer(actor);
        if ((status != CommissionStatus.OPEN && status != CommissionStatus.CLOSED) || lots.stream().anyMatch(Lot::awarded)) {
            throw new ConflictException("NOT_CANCELLABLE", "Only a commission not yet awarded can be cancelled; it is " + status + ".");
        }
        if (reason != null && reason.length() > 2_000) {
            throw InvalidInputException.of("reason", "must have at most 2000 characters");
        }
        List<String> told = bids.stream().filter(b -> b.status() == BidStatus.LIVE).map(Bid::bidderMemberId).distinct().toList();
        status = CommissionStatus.CANCELLED;
        cancelReason = reason == null || reason.isBlank() ? null : reason.strip();
        endedAt = now;
        raise(new CommissionCancelled(id, title, buyerMemberId, told, cancelReason, now));
    }

    // ---- reviews

    /**
     * One party rates another after completion: the buyer (the consortium for tenders) rates each awarded supplier,
     * each awarded supplier rates the buyer. {@code revieweeId} may be omitted when there is only one counterparty.
     */
    public Review review(String reviewId, String revieweeId, Integer rating, String comment, Actor actor, Instant now) {
        String reviewer = isBuyer(actor) ? buyerId() : actor.memberId();
        Set<String> counterparties = counterpartiesOf(reviewer, actor);
        if (counterparties.isEmpty()) {
            throw new ForbiddenException("NOT_A_PARTY", "Only the buyer and the awarded suppliers of a completed commission review it.");
        }
        String reviewee = revieweeId != null ? revieweeId : counterparties.size() == 1 ? counterparties.iterator().next() : null;
        InvalidInputException.builder()
                .addIf(reviewee == null, "revieweeId", "is required: name which party you review")
                .addIf(reviewee != null && !counterparties.contains(reviewee), "revieweeId", "is not a counterparty of yours on a completed lot")
                .addIf(rating == null || rating < 1 || rating > 5, "rating", "must be an integer from 1 to 5")
                .addIf(comment != null && comment.length() > 2_000, "comment", "must have at most 2000 characters")
                .throwIfAny();
        if (reviews.stream().anyMatch(r -> r.reviewerMemberId().equals(reviewer) && r.revieweeMemberId().equals(reviewee))) {
            throw new ConflictException("ALREADY_REVIEWED", "You already reviewed this party for this commission.");
        }
        Review review = new Review(reviewId, reviewer, reviewee, rating, comment == null ? null : comment.strip(), actor.userId(), now);
        reviews.add(review);
        raise(new ReviewSubmitted(id, reviewId, reviewer, reviewee, rating, now));
        return review;
    }

    private Set<String> counterpartiesOf(String reviewer, Actor actor) {
        Set<String> out = new LinkedHashSet<>();
        for (Lot lot : lots) {
            if (!lot.completed()) {
                continue;
            }
            List<String> suppliers = new ArrayList<>();
            suppliers.add(lot.award().winnerMemberId());
            suppliers.addAll(lot.award().partnerMemberIds());
            if (isBuyer(actor)) {
                out.addAll(suppliers);
            } else if (suppliers.contains(reviewer)) {
                out.add(buyerId());
            }
        }
        return out;
    }

    private String buyerId() {
        return consortiumTender ? CONSORTIUM : buyerMemberId;
    }

    // ---- standing of the members involved

    /**
     * Hides and freezes what belongs to members who cannot trade (suspended), and releases it when they can again.
     * Only commissions still in bidding or awaiting award are affected. Returns true if anything changed.
     */
    public boolean reflectStandings(Standings standings) {
        if (status != CommissionStatus.OPEN && status != CommissionStatus.CLOSED) {
            return false;
        }
        boolean changed = false;
        boolean buyerFrozen = !consortiumTender && !standings.canTrade(buyerMemberId);
        if (frozen != buyerFrozen) {
            frozen = buyerFrozen;
            changed = true;
        }
        for (Bid b : bids) {
            if (b.status().active()) {
                changed |= b.freeze(!b.participantIds().stream().allMatch(standings::canTrade));
            }
        }
        return changed;
    }

    // ---- helpers

    private void requireBuyer(Actor actor) {
        if (!isBuyer(actor)) {
            throw new ForbiddenException("NOT_THE_BUYER", "Only the buyer of this commission may do this.");
        }
    }

    private void requireNotFrozen() {
        if (frozen) {
            throw new ForbiddenException("COMMISSION_FROZEN", "The commission is frozen while its buyer is suspended.");
        }
    }

    private void requireOpenForBids(Instant now) {
        requireNotFrozen();
        if (status != CommissionStatus.OPEN) {
            throw new ConflictException("COMMISSION_NOT_OPEN", "The commission is " + status + " and takes no bids.");
        }
        if (!now.isBefore(bidDeadline)) {
            throw new ConflictException("DEADLINE_PASSED", "The bid deadline " + bidDeadline + " has passed.");
        }
    }

    private Bid bidAsPartner(String bidId, Actor actor) {
        return bids.stream().filter(b -> b.id().equals(bidId) && b.isPartner(actor.memberId())).findFirst()
                .orElseThrow(() -> new NotFoundException("bid", bidId));
    }

    private void raiseBidSubmitted(Bid bid, Instant now) {
        raise(new BidSubmitted(id, bid.id(), bid.lotId(), bid.bidderMemberId(), bid.partnerIds(), buyerMemberId,
                bid.price().toContract(), bid.deliveryDays(), now));
    }

    /** The lot a bid targets: null means the whole commission, which is only valid when it has no named lots. */
    Optional<Lot> lot(String lotId) {
        return lots.stream().filter(l -> Objects.equals(l.id(), lotId)).findFirst();
    }

    private List<Lot> namedLots() {
        return lots.stream().filter(l -> l.id() != null).toList();
    }

    public Optional<Bid> bid(String bidId) {
        return bids.stream().filter(b -> b.id().equals(bidId)).findFirst();
    }

    // ---- read access

    public String id() { return id; }
    public String buyerMemberId() { return buyerMemberId; }
    public boolean consortiumTender() { return consortiumTender; }
    public String publishedBy() { return publishedBy; }
    public String title() { return title; }
    public String description() { return description; }
    public String category() { return category; }
    public List<String> requiredCapabilities() { return requiredCapabilities; }
    public String region() { return region; }
    public String province() { return province; }
    public List<String> languages() { return languages; }
    public Budget budget() { return budget; }
    public Instant bidDeadline() { return bidDeadline; }
    public Visibility visibility() { return visibility; }
    public List<String> invitedMemberIds() { return invitedMemberIds; }
    public List<Lot> lots() { return List.copyOf(lots); }
    public List<Lot> publicLots() { return namedLots(); }
    public List<Review> reviews() { return List.copyOf(reviews); }
    public CommissionStatus status() { return status; }
    public boolean frozen() { return frozen; }
    public String cancelReason() { return cancelReason; }
    public Instant publishedAt() { return publishedAt; }
    public Instant closedAt() { return closedAt; }
    public Instant endedAt() { return endedAt; }
    List<Bid> bids() { return bids; }
}
