package org.isec.marketplace.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An offer on one lot. {@code participantIds} (lead first, then partners) is kept as a field so Mongo can find
 * every commission a member takes part in.
 */
public class Bid {

    private String id;
    private String lotId;
    private String bidderMemberId;
    private int leadShare;
    private List<Partner> partners;
    private List<String> participantIds;
    private Money price;
    private int deliveryDays;
    private String message;
    private BidStatus status;
    private boolean frozen;
    private String submittedBy;
    private Instant submittedAt;
    private Instant liveSince;
    private Instant withdrawnAt;

    Bid() {
    }

    Bid(String id, String lotId, String bidderMemberId, int leadShare, List<Partner> partners, Money price,
        int deliveryDays, String message, String submittedBy, Instant now) {
        this.id = id;
        this.lotId = lotId;
        this.bidderMemberId = bidderMemberId;
        this.leadShare = leadShare;
        this.partners = new ArrayList<>(partners);
        this.participantIds = new ArrayList<>();
        participantIds.add(bidderMemberId);
        partners.forEach(p -> participantIds.add(p.memberId()));
        this.price = price;
        this.deliveryDays = deliveryDays;
        this.message = message;
        this.submittedBy = submittedBy;
        this.submittedAt = now;
        this.status = partners.isEmpty() ? BidStatus.LIVE : BidStatus.AWAITING_PARTNERS;
        this.liveSince = partners.isEmpty() ? now : null;
    }

    public String id() {
        return id;
    }

    public String lotId() {
        return lotId;
    }

    public String bidderMemberId() {
        return bidderMemberId;
    }

    public int leadShare() {
        return leadShare;
    }

    public List<Partner> partners() {
        return List.copyOf(partners);
    }

    public List<String> partnerIds() {
        return partners.stream().map(Partner::memberId).toList();
    }

    public List<String> participantIds() {
        return List.copyOf(participantIds);
    }

    public Money price() {
        return price;
    }

    public int deliveryDays() {
        return deliveryDays;
    }

    public String message() {
        return message;
    }

    public BidStatus status() {
        return status;
    }

    public boolean frozen() {
        return frozen;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant liveSince() {
        return liveSince;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    boolean involves(String memberId) {
        return memberId != null && participantIds.contains(memberId);
    }

    boolean isPartner(String memberId) {
        return partners.stream().anyMatch(p -> p.memberId().equals(memberId));
    }

    boolean onLot(String lot) {
        return java.util.Objects.equals(lotId, lot);
    }

    /** Live and not frozen: the only bids a buyer may award. */
    boolean awardable() {
        return status == BidStatus.LIVE && !frozen;
    }

    boolean confirmedBy(String memberId) {
        return partners.stream().anyMatch(p -> p.memberId().equals(memberId) && p.confirmed());
    }

    /** Returns true when this confirmation was the last one missing, i.e. the bid now counts. */
    boolean confirm(String memberId, Instant now) {
        partners.replaceAll(p -> p.memberId().equals(memberId) && !p.confirmed() ? p.confirm(now) : p);
        if (partners.stream().allMatch(Partner::confirmed)) {
            status = BidStatus.LIVE;
            liveSince = now;
            return true;
        }
        return false;
    }

    void decline() {
        status = BidStatus.DECLINED;
    }

    void withdraw(Instant now) {
        status = BidStatus.WITHDRAWN;
        withdrawnAt = now;
    }

    void win() {
        status = BidStatus.AWARDED;
    }

    void lose() {
        status = BidStatus.NOT_AWARDED;
    }

    /** Returns whether the flag changed. */
    boolean freeze(boolean frozen) {
        boolean changed = this.frozen != frozen;
        this.frozen = frozen;
        return changed;
    }
}
