package org.isec.notification.domain.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.isec.contracts.marketplace.BidSubmitted;
import org.isec.contracts.marketplace.BidWithdrawn;
import org.isec.contracts.marketplace.CommissionAwarded;
import org.isec.contracts.marketplace.CommissionCancelled;
import org.isec.contracts.marketplace.CommissionCompleted;
import org.isec.contracts.marketplace.CommissionPublished;
import org.isec.contracts.marketplace.ReviewSubmitted;
import org.isec.contracts.marketplace.SupplierMatch;
import org.isec.contracts.marketplace.SuppliersMatched;
import org.isec.defaults.messaging.InboundEvent;
import org.isec.notification.domain.Audience;
import org.isec.notification.domain.Notification;
import org.isec.notification.domain.NotificationKind;
import org.isec.notification.domain.templates.TemplateValue;
import org.springframework.stereotype.Component;

import static org.isec.notification.domain.NotificationKind.BID_RECEIVED;
import static org.isec.notification.domain.NotificationKind.BID_WITHDRAWN;
import static org.isec.notification.domain.NotificationKind.COMMISSION_CANCELLED;
import static org.isec.notification.domain.NotificationKind.COMMISSION_INVITATION;
import static org.isec.notification.domain.NotificationKind.COMMISSION_NOT_WON;
import static org.isec.notification.domain.NotificationKind.COMMISSION_WON;
import static org.isec.notification.domain.NotificationKind.REVIEW_RECEIVED;
import static org.isec.notification.domain.NotificationKind.REVIEW_REQUEST;
import static org.isec.notification.domain.NotificationKind.SUPPLIER_MATCHED;
import static org.isec.notification.domain.rules.MembershipRules.type;
import static org.isec.notification.domain.rules.Models.model;
import static org.isec.notification.domain.templates.TemplateValue.instant;
import static org.isec.notification.domain.templates.TemplateValue.number;

@Component
class MarketplaceRules implements RuleSet {

    private final Titles titles;

    MarketplaceRules(Titles titles) {
        this.titles = titles;
    }

    @Override
    public Map<String, Rule> rules() {
        return Map.of(
                type(CommissionPublished.class), this::published,
                type(SuppliersMatched.class), this::matched,
                type(BidSubmitted.class), this::bidSubmitted,
                type(BidWithdrawn.class), this::bidWithdrawn,
                type(CommissionAwarded.class), this::awarded,
                type(CommissionCancelled.class), this::cancelled,
                type(CommissionCompleted.class), this::completed,
                type(ReviewSubmitted.class), this::reviewed);
    }

    @Override
    public Set<String> silent() {
        return Set.of();
    }

    /** Open commissions reach suppliers through matching; invited ones reach exactly the invited members. */
    private List<Notification> published(InboundEvent event) {
        CommissionPublished p = event.as(CommissionPublished.class);
        if (!CommissionPublished.INVITED.equals(p.visibility())) {
            return List.of();
        }
        var values = model().text("title", p.title()).value("deadline", instant(p.bidDeadline())).build();
        return toMembers(COMMISSION_INVITATION, p.invitedMemberIds(), values);
    }

    private List<Notification> matched(InboundEvent event) {
        SuppliersMatched s = event.as(SuppliersMatched.class);
        var values = model().text("title", s.title()).value("deadline", instant(s.bidDeadline())).build();
        return toMembers(SUPPLIER_MATCHED, s.matches().stream().map(SupplierMatch::memberId).toList(), values);
    }

    /** The buyer is told; for a consortium tender the consortium is the buyer, so its operators are. */
    private List<Notification> bidSubmitted(InboundEvent event) {
        BidSubmitted b = event.as(BidSubmitted.class);
        return List.of(new Notification(BID_RECEIVED, buyer(b.buyerMemberId()), model()
                .text("title", title(b.commissionId()))
                .money("price", b.price())
                .value("deliveryDays", number(b.deliveryDays())).build()));
    }

    private List<Notification> bidWithdrawn(InboundEvent event) {
        BidWithdrawn b = event.as(BidWithdrawn.class);
        return List.of(new Notification(BID_WITHDRAWN, buyer(b.buyerMemberId()), model()
                .text("title", title(b.commissionId())).build()));
    }

    /** The winner and its joint-bid partners, and, with a message of their own, every other bidder. */
    private List<Notification> awarded(InboundEvent event) {
        CommissionAwarded a = event.as(CommissionAwarded.class);
        var won = model().text("title", a.title()).money("price", a.price()).text("reason", a.reason()).build();
        var lost = model().text("title", a.title()).text("reason", a.reason()).build();
        Set<String> winners = new LinkedHashSet<>();
        winners.add(a.winnerMemberId());
        winners.addAll(a.partnerMemberIds());
        List<Notification> out = new ArrayList<>(toMembers(COMMISSION_WON, List.copyOf(winners), won));
        out.addAll(toMembers(COMMISSION_NOT_WON,
                a.losingBidderMemberIds().stream().filter(id -> !winners.contains(id)).toList(), lost));
        return out;
    }

    private List<Notification> cancelled(InboundEvent event) {
        CommissionCancelled c = event.as(CommissionCancelled.class);
        var values = model().text("title", c.title()).text("reason", c.reason()).build();
        return toMembers(COMMISSION_CANCELLED, c.bidderMemberIds(), values);
    }

    /** Both sides are asked to review each other: buyer (or operators for a tender), supplier and partners. */
    private List<Notification> completed(InboundEvent event) {
        CommissionCompleted c = event.as(CommissionCompleted.class);
        var values = model().text("title", c.title()).build();
        List<Notification> out = new ArrayList<>();
        out.add(new Notification(REVIEW_REQUEST, buyer(c.buyerMemberId()), values));
        Set<String> suppliers = new LinkedHashSet<>();
        suppliers.add(c.supplierMemberId());
        suppliers.addAll(c.partnerMemberIds());
        out.addAll(toMembers(REVIEW_REQUEST, List.copyOf(suppliers), values));
        return out;
    }

    private List<Notification> reviewed(InboundEvent event) {
        ReviewSubmitted r = event.as(ReviewSubmitted.class);
        return List.of(new Notification(REVIEW_RECEIVED, Audience.member(r.revieweeMemberId()), model()
                .text("title", title(r.commissionId()))
                .value("rating", number(r.rating())).build()));
    }

    private String title(String commissionId) {
        return titles.commission(commissionId).orElse(commissionId);
    }

    private static Audience buyer(String buyerMemberId) {
        return buyerMemberId == null ? Audience.operators() : Audience.member(buyerMemberId);
    }

    private static List<Notification> toMembers(NotificationKind kind, List<String> memberIds,
                                                Map<String, TemplateValue> values) {
        return memberIds.stream().filter(id -> id != null && !id.isBlank()).distinct()
                .map(id -> new Notification(kind, Audience.member(id), values)).toList();
    }
}
