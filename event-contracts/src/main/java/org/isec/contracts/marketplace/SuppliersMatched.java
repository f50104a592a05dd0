package org.isec.contracts.marketplace;

import java.time.Instant;
import java.util.List;

import org.isec.contracts.EventType;
import org.isec.contracts.IsecEvent;

/**
 * Matching ranked the best eligible suppliers for a newly published commission, so they can be told.
 * Subject: the commission.
 *
 * @param buyerMemberId null for a consortium tender
 * @param matches       best first, at most the configured top N; never the buyer or an ineligible member
 */
@EventType("isec.marketplace.SuppliersMatched")
public record SuppliersMatched(
        String commissionId,
        String buyerMemberId,
        String title,
        Instant bidDeadline,
        List<SupplierMatch> matches,
        Instant matchedAt) implements IsecEvent {

    public SuppliersMatched {
        matches = matches == null ? List.of() : List.copyOf(matches);
    }

    @Override
    public String subject() {
        return commissionId;
    }
}
