package org.isec.marketplace.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.isec.defaults.problem.InvalidInputException;

/** The input rules of a bid: price, delivery, lot, partners and their shares. */
final class BidRules {

    static final int MAX_PARTNERS = 9;

    private BidRules() {
    }

    static void check(NewBid b, String currency, boolean lotKnown, String leadId, String buyerId, Standings standings) {
        InvalidInputException.Builder problems = InvalidInputException.builder();
        problems.addIf(!lotKnown, "lotId", b.lotId() == null ? "is required: this commission is split into lots" : "is not a lot of this commission");
        if (b.price() == null) {
            problems.add("price", "is required");
        } else {
            problems.addIf(b.price().signum() <= 0, "price", "must be positive")
                    .addIf(!Money.fitsCurrency(b.price(), currency), "price", "has more decimals than " + currency + " allows");
        }
        problems.addIf(b.currency() != null && !b.currency().equals(currency), "currency", "must be the commission's currency " + currency)
                .addIf(b.deliveryDays() == null || b.deliveryDays() < 1, "deliveryDays", "must be at least 1")
                .addIf(b.deliveryDays() != null && b.deliveryDays() > 3_650, "deliveryDays", "must be at most 3650")
                .addIf(b.message() != null && b.message().length() > 5_000, "message", "must have at most 5000 characters");
        partners(problems, b, leadId, buyerId, standings);
        problems.throwIfAny();
    }

    private static void partners(InvalidInputException.Builder problems, NewBid b, String leadId, String buyerId, Standings standings) {
        List<NewBid.PartnerShare> partners = b.partners();
        if (partners.isEmpty()) {
            problems.addIf(b.leadShare() != null && b.leadShare() != 100, "leadShare", "must be 100 without partners");
            return;
        }
        problems.addIf(partners.size() > MAX_PARTNERS, "partners", "at most " + MAX_PARTNERS);
        Set<String> seen = new HashSet<>();
        int total = b.leadShare() == null ? 0 : b.leadShare();
        problems.addIf(b.leadShare() == null || b.leadShare() < 1, "leadShare", "must be a positive percentage in a joint bid");
        for (int i = 0; i < partners.size(); i++) {
            NewBid.PartnerShare p = partners.get(i);
            String path = "partners[" + i + "]";
            if (p == null || p.memberId() == null || p.memberId().isBlank()) {
                problems.add(path + ".memberId", "is required");
                continue;
            }
            if (p.memberId().equals(leadId) || !seen.add(p.memberId())) {
                problems.add(path + ".memberId", "names a member twice");
            } else if (p.memberId().equals(buyerId)) {
                problems.add(path + ".memberId", "is the buyer of this commission");
            } else if (!standings.canTrade(p.memberId())) {
                problems.add(path + ".memberId", "is not an active member");
            }
            if (p.share() == null || p.share() < 1) {
                problems.add(path + ".share", "must be a positive percentage");
            } else {
                total += p.share();
            }
        }
        problems.addIf(total != 100, "partners", "work shares (lead included) must sum to 100, not " + total);
    }
}
